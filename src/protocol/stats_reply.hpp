#pragma once
// The `stats` reply: per-day figures from the history, their totals and the
// body areas worked, for `unknotctl stats` (table, CSV, or printed as is with
// --json), the statistics window and the status popover.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/day_figures.hpp"

namespace unknot {

/// One line of the reply: a day's (or the period's) figures and the
/// compliance the daemon worked out for them.
struct StatsLine {
  DayFigures figures;
  /// A fraction 0..1, or nullopt when no break was taken, natural or skipped.
  std::optional<double> compliance;
  friend bool operator==(const StatsLine&, const StatsLine&) = default;
};

/// What `stats {"days": N}` answers.
struct StatsReply {
  std::vector<StatsLine> days;   ///< oldest first, one per date (empty days as zeros)
  StatsLine totals;              ///< figures.date empty
  std::vector<AreaCount> areas;  ///< most worked first
  friend bool operator==(const StatsReply&, const StatsReply&) = default;
};

/// The reply for `days` (oldest first) and `areas`: totals summed, compliance
/// by the rule of core/day_figures.hpp.
StatsReply make_stats_reply(const std::vector<DayFigures>& days, std::vector<AreaCount> areas = {});

/// {"days": [{"date", "taken", "natural", "snoozed", "skipped", "compliance",
/// "active_s", "sitting_s", "longest_sitting_s"}, ...oldest first],
///  "totals": {the same fields over the period, with "from" and "to" instead
/// of "date"}, "areas": [{"area": "neck", "breaks": 12}, ...]}. Durations are
/// whole seconds, rounded down.
void to_json(nlohmann::json& out, const StatsReply& reply);
/// The reverse, defensively: missing or mistyped fields read as zero (or "no
/// compliance"), missing totals are summed from the days.
void from_json(const nlohmann::json& in, StatsReply& reply);

}  // namespace unknot
