// The daemon's tray item. (Skeleton: the tray helper fills this in.)
#include "platform/status_notifier_item.hpp"
#include "service/daemon.hpp"

namespace unknot {
void Daemon::start_tray() {}
void Daemon::update_tray(const Now&, const Status&) {}
}  // namespace unknot
