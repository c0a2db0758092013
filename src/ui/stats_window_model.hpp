#pragma once
// What the statistics window shows, from the daemon's `stats` replies
// (protocol/stats_reply.hpp), turned into text without wx: day slots, readable names, summaries
// that a screen reader user gets instead of the pictures.
#include <string>
#include <vector>

#include "core/day_figures.hpp"
#include "protocol/stats_reply.hpp"

namespace unknot {

/// Taken, natural, snoozed, skipped: the order the bars stack in.
std::vector<double> outcomes(const DayFigures& day);
/// A duration in seconds, for the charts' scales.
double seconds_of(Duration d);

/// Breaks that worked one body area.
struct AreaFigure {
  std::string id;    ///< "lower-back"
  std::string name;  ///< "Lower back"
  int breaks = 0;
};

/// Everything the three charts and the totals line need.
struct StatsModel {
  std::vector<DayFigures> days;   ///< oldest first, one per calendar day (zeros when none)
  std::vector<AreaFigure> areas;  ///< most worked first
  /// True when nothing at all has been recorded in the period.
  [[nodiscard]] bool empty() const;
};

/// The model from `stats {"days": N}` (`fortnight`) and `stats {"days": 7}`
/// (`week`, for the areas) results; always `slots` days ending on the last
/// date the daemon reported, dates without records included.
StatsModel stats_model(const StatsReply& fortnight, const StatsReply& week, int slots = 14);

/// "Mon 17" for "2026-11-17" (the text itself when it is no date).
std::string day_label(const std::string& date);
/// "Lower back" for "lower-back".
std::string area_name(const std::string& id);
/// "5 h 10 min", "45 min", "1 h", "0 min".
std::string duration_text(double seconds);

/// "This fortnight: 96 breaks taken, 12 natural, 8 snoozed, 5 skipped · average sitting 5 h 10
/// min".
std::string totals_line(const StatsModel& model);
/// The breaks chart as text, one day a clause.
std::string breaks_summary(const StatsModel& model);
/// The sitting chart as text.
std::string sitting_summary(const StatsModel& model);
/// The areas chart as text.
std::string areas_summary(const StatsModel& model);

}  // namespace unknot
