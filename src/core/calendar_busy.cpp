#include "core/calendar_busy.hpp"

#include <algorithm>

namespace unknot {

BusySchedule::BusySchedule(std::vector<BusyInterval> intervals) {
  std::erase_if(intervals, [](const BusyInterval& i) { return i.end <= i.start; });
  std::sort(intervals.begin(), intervals.end(),
            [](const BusyInterval& a, const BusyInterval& b) { return a.start < b.start; });
  for (const auto& interval : intervals) {
    // Touching counts as joined: a 10:00-10:30 then 10:30-11:00 is one meeting,
    // not a release and a new hold in the same instant.
    if (!merged_.empty() && interval.start <= merged_.back().end) {
      merged_.back().end = std::max(merged_.back().end, interval.end);
    } else {
      merged_.push_back(interval);
    }
  }
}

bool BusySchedule::busy_at(WallTime t) const {
  // The first interval ending after t is the only one that can contain it.
  const auto it = std::upper_bound(merged_.begin(), merged_.end(), t,
                                   [](WallTime v, const BusyInterval& i) { return v < i.end; });
  return it != merged_.end() && it->start <= t;
}

std::optional<WallTime> BusySchedule::next_change(WallTime t) const {
  const auto it = std::upper_bound(merged_.begin(), merged_.end(), t,
                                   [](WallTime v, const BusyInterval& i) { return v < i.end; });
  if (it == merged_.end()) return std::nullopt;
  return it->start <= t ? it->end : it->start;
}

}  // namespace unknot
