#pragma once
// The wx tray's facts, from the daemon's `status` and `settings` replies, in
// the values the shared tray model takes, so `unknot-ui --tray` shows
// exactly what the daemon's own StatusNotifierItem would.
#include <string>

#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "core/tray_model.hpp"
#include "protocol/status_reply.hpp"

namespace unknot {

/// The tray's facts from a status reply and the `settings` reply's `values`.
TrayFacts tray_facts_from_json(const StatusReply& status, const nlohmann::json& values,
                               const Now& now);
/// `daily.day_starts` from the settings values ("04:00" when missing).
std::string day_starts_from_json(const nlohmann::json& values);

}  // namespace unknot
