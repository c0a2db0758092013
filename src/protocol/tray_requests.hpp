#pragma once
// The control request behind a tray menu item, so both trays (the daemon's
// StatusNotifierItem and `unknot-ui --tray`) send exactly what unknotctl sends.
#include <optional>

#include <nlohmann/json.hpp>

#include "core/tray_model.hpp"

namespace unknot {

/// `{"cmd": ..., "args": {...}}` for an action that is a control command;
/// nullopt for the local ones (windows, the routines folder, activate).
std::optional<nlohmann::json> tray_request(const TrayAction& action);

}  // namespace unknot
