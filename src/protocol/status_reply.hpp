#pragma once
// The engine's Status as the JSON object that `unknotctl status --json`,
// `watch` pushes, the tray and unknot-ui all read. Pure: no clock, no I/O.
#include <chrono>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.hpp"
#include "core/time.hpp"

namespace unknot {

/// The status object: state, next_break, sitting_s, paused, paused_until,
/// idle_source, break_due, on_break, active_today_s, sitting_today_s,
/// longest_sitting_today_s, meeting_sources, snoozes_used, outside_working_hours.
/// Durations in whole
/// seconds: elapsed times round down, countdowns (in_s, remaining_s) round up
/// so "0" only shows once the moment has come.
nlohmann::json status_to_json(const Status& status, std::string_view idle_source, const Now& now);

}  // namespace unknot
