// Skeleton: a helper replaces this file.
#include <cstdio>

#include "ui/windows.hpp"

namespace unknot {
bool open_break_window(DaemonLink&, std::optional<BreakKind>) {
  std::fputs("unknot-ui: break_window is not built yet\n", stderr);
  return false;
}
}  // namespace unknot
