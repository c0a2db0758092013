#pragma once
// The JSON of a `stats` reply, consumed by `unknotctl stats` (table, CSV, or
// printed as is with --json) and the UI's statistics window.
#include <vector>

#include <nlohmann/json.hpp>

#include "history/history_records.hpp"

namespace unknot {

/// {"days": [{"date", "taken", "natural", "snoozed", "skipped", "compliance",
/// "active_s", "sitting_s", "longest_sitting_s"}, ...oldest first],
///  "totals": {the same fields over the period, with "from" and "to" instead
/// of "date"}}. "compliance" is a fraction 0..1, or null when no break was
/// taken, natural or skipped; durations are whole seconds.
nlohmann::json to_json(const std::vector<DayFigures>& days);
/// The same as to_json(days), under a name that reads unambiguously at call sites.
inline nlohmann::json history_to_json(const std::vector<DayFigures>& days) { return to_json(days); }

/// [{"area": "neck", "breaks": 12}, ...] in the given order.
nlohmann::json to_json(const std::vector<AreaCount>& areas);

}  // namespace unknot
