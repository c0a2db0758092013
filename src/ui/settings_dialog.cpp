// Skeleton: a helper replaces this file.
#include <cstdio>

#include "ui/windows.hpp"

namespace unknot {
bool open_settings_dialog(DaemonLink&) {
  std::fputs("unknot-ui: settings_dialog is not built yet\n", stderr);
  return false;
}
}  // namespace unknot
