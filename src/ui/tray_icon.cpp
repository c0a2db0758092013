// Skeleton: a helper replaces this file.
#include <cstdio>

#include "ui/windows.hpp"

namespace unknot {
bool start_tray_icon(DaemonLink&) {
  std::fputs("unknot-ui: tray_icon is not built yet\n", stderr);
  return false;
}
}  // namespace unknot
