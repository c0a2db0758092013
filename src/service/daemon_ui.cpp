// When the daemon opens unknot-ui windows. (Skeleton: the launcher helper fills this in.)
#include "service/daemon.hpp"
#include "service/ui_launcher.hpp"

namespace unknot {
void Daemon::present_in_window(const TimedEvent&, const Settings&) {}
void Daemon::open_break_window() {}
}  // namespace unknot
