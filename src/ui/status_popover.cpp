// Skeleton: a helper replaces this file.
#include <cstdio>

#include "ui/windows.hpp"

namespace unknot {
bool open_status_popover(DaemonLink&) {
  std::fputs("unknot-ui: status_popover is not built yet\n", stderr);
  return false;
}
}  // namespace unknot
