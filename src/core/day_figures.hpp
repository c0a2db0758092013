#pragma once
// One day's figures, as the history counts them and every front end shows
// them: `unknotctl stats`, the statistics window, the break window's
// "3 of 4 taken". The compliance rule lives here and nowhere else.
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace unknot {

/// One day of the history (zeros when nothing was recorded that day), or the
/// sums over a period (then `date` is empty).
struct DayFigures {
  std::string date;  ///< "YYYY-MM-DD"
  int taken = 0;
  int natural = 0;
  int snoozed = 0;
  int skipped = 0;
  Duration active{};
  Duration sitting{};
  Duration longest_sitting{};

  /// (taken + natural) / (taken + natural + skipped): the share of breaks that
  /// happened. Snoozes are postponements, not failures, so they do not count;
  /// a snoozed break counts once it ends taken or skipped. nullopt when no
  /// break was taken, natural or skipped.
  [[nodiscard]] std::optional<double> compliance() const;
  /// Taken or natural: the breaks that happened.
  [[nodiscard]] int happened() const { return taken + natural; }
  /// Taken, natural or skipped: the breaks that were asked for and settled.
  [[nodiscard]] int prompted() const { return taken + natural + skipped; }
  friend bool operator==(const DayFigures&, const DayFigures&) = default;
};

/// The sums over a period (date left empty): counts and times added up,
/// longest_sitting the longest of any day.
DayFigures sum_days(const std::vector<DayFigures>& days);

/// How often a body area was worked by taken breaks in a date range.
struct AreaCount {
  std::string area;
  int breaks = 0;
  friend bool operator==(const AreaCount&, const AreaCount&) = default;
};

}  // namespace unknot
