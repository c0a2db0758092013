#pragma once
// The wx tray's facts, read back from the daemon's JSON (`status`, `settings`)
// into the values the shared tray model takes, so `unknot-ui --tray` shows
// exactly what the daemon's own StatusNotifierItem would.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.hpp"
#include "core/time.hpp"
#include "core/tray_model.hpp"

namespace unknot {

/// `status --json` back into a Status (fields it lacks keep their defaults).
Status status_from_json(const nlohmann::json& status, const Now& now);
/// "20m", "1h30m", "45s", or a number of seconds; nullopt when unreadable.
std::optional<Duration> duration_from_text(const nlohmann::json& value);
/// The tray's facts from a status object and the `settings` reply's `values`.
TrayFacts tray_facts_from_json(const nlohmann::json& status, const nlohmann::json& values,
                               const Now& now);
/// `daily.day_starts` from the settings values ("04:00" when missing).
std::string day_starts_from_json(const nlohmann::json& values);
/// The clocks as the UI reads them (steady, wall and the local UTC offset).
Now ui_now();

}  // namespace unknot
