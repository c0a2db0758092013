#include "core/day_figures.hpp"

#include <algorithm>

namespace unknot {

std::optional<double> DayFigures::compliance() const {
  if (prompted() == 0) return std::nullopt;
  return static_cast<double>(happened()) / prompted();
}

DayFigures sum_days(const std::vector<DayFigures>& days) {
  DayFigures total;
  for (const auto& day : days) {
    total.taken += day.taken;
    total.natural += day.natural;
    total.snoozed += day.snoozed;
    total.skipped += day.skipped;
    total.active += day.active;
    total.sitting += day.sitting;
    total.longest_sitting = std::max(total.longest_sitting, day.longest_sitting);
  }
  return total;
}

}  // namespace unknot
