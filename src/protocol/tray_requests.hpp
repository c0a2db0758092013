#pragma once
// The control request behind a tray menu item, so both trays (the daemon's
// StatusNotifierItem and `unknot-ui --tray`) ask for exactly what unknotctl
// asks for: the daemon hands it to its command table, the wx tray sends it.
#include <optional>

#include "core/tray_model.hpp"
#include "protocol/control_protocol.hpp"

namespace unknot {

/// The request for an action that is a control command; nullopt for the
/// local ones (windows, the routines folder, activate).
std::optional<control::Request> tray_request(const TrayAction& action);

}  // namespace unknot
