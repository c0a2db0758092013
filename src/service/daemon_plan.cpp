// The `plan` command. (Skeleton: the break-window helper fills this in.)
#include "service/daemon.hpp"

namespace unknot {
control::Reply Daemon::handle_plan(const Now&) {
  return control::Reply::failure(control::ErrorCode::internal, "plan: not implemented yet");
}
}  // namespace unknot
