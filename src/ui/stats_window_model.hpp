#pragma once
// What the statistics window shows, read from the daemon's `stats` replies and
// turned into text, without wx: day slots, readable names, summaries that a
// screen reader user gets instead of the pictures.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace unknot {

/// One day's figures (zero when the history has no record of that day).
struct DayFigures {
  std::string date;   ///< "YYYY-MM-DD"
  std::string label;  ///< "Mon 17"
  int taken = 0;
  int natural = 0;
  int snoozed = 0;
  int skipped = 0;
  double sitting_s = 0;
  double longest_s = 0;
  /// Taken, natural, snoozed, skipped: the order the bars stack in.
  [[nodiscard]] std::vector<double> outcomes() const;
};

/// Breaks that worked one body area.
struct AreaFigure {
  std::string id;    ///< "lower-back"
  std::string name;  ///< "Lower back"
  int breaks = 0;
};

/// Everything the three charts and the totals line need.
struct StatsModel {
  std::vector<DayFigures> days;   ///< oldest first, one per calendar day
  std::vector<AreaFigure> areas;  ///< most worked first
  /// True when nothing at all has been recorded in the period.
  [[nodiscard]] bool empty() const;
};

/// The model from `stats {"days": N}` (`fortnight`) and `stats {"days": 7}`
/// (`week`, for the areas) results; always `slots` days ending on the last
/// date the daemon reported, dates without records included.
StatsModel stats_model(const nlohmann::json& fortnight, const nlohmann::json& week, int slots = 14);

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
