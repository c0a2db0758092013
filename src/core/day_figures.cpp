#include "history/history_records.hpp"

#include <algorithm>

namespace unknot {

std::optional<double> DaySummary::compliance() const {
  const int happened = taken + natural;
  const int prompted = happened + skipped;
  if (prompted == 0) return std::nullopt;
  return static_cast<double>(happened) / prompted;
}

DaySummary sum_days(const std::vector<DaySummary>& days) {
  DaySummary total;
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
