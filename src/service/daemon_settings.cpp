// The `settings` command. (Skeleton: the settings helper fills this in.)
#include "service/daemon.hpp"

namespace unknot {
control::Reply Daemon::handle_settings(const control::Request&) {
  return control::Reply::failure(control::ErrorCode::internal, "settings: not implemented yet");
}
}  // namespace unknot
