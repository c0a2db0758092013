// Skeleton: a helper replaces this file.
#include <cstdio>

#include "ui/windows.hpp"

namespace unknot {
bool open_about_box(DaemonLink&) {
  std::fputs("unknot-ui: about_box is not built yet\n", stderr);
  return false;
}
}  // namespace unknot
