#pragma once
// Busy times from a calendar, as a plain list of intervals: whether a moment
// is busy and when that next changes. Parsing the calendar is the platform's
// job; this is the arithmetic the daemon's single timer relies on.
#include <optional>
#include <vector>

#include "core/time.hpp"

namespace unknot {

/// One busy stretch of wall time, [start, end).
struct BusyInterval {
  WallTime start;
  WallTime end;
  friend bool operator==(const BusyInterval&, const BusyInterval&) = default;
};

/// Busy intervals, sorted and merged so back-to-back meetings are one stretch.
class BusySchedule {
 public:
  BusySchedule() = default;
  /// Takes intervals in any order; empty or inverted ones are dropped.
  explicit BusySchedule(std::vector<BusyInterval> intervals);

  /// Whether `t` falls inside a busy interval (start inclusive, end exclusive).
  [[nodiscard]] bool busy_at(WallTime t) const;
  /// The first instant after `t` at which busy_at changes, if any.
  [[nodiscard]] std::optional<WallTime> next_change(WallTime t) const;
  /// The merged intervals, in order.
  [[nodiscard]] const std::vector<BusyInterval>& intervals() const { return merged_; }

 private:
  std::vector<BusyInterval> merged_;
};

}  // namespace unknot
