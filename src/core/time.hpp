#pragma once
// Time as the core sees it: always passed in, never read from a clock.
#include <chrono>
#include <cstdint>

namespace unknot {

using Duration = std::chrono::milliseconds;
/// Monotonic time that keeps running through suspend (the daemon feeds it
/// CLOCK_BOOTTIME); only differences between two values mean anything.
struct SteadyClockTag {};
using SteadyTime = std::chrono::time_point<std::chrono::steady_clock, Duration>;
/// Calendar time (UTC), for day boundaries, working hours and "pause until".
using WallTime = std::chrono::sys_time<Duration>;

/// One reading of every clock the engine cares about, taken together.
struct Now {
  SteadyTime steady{};
  WallTime wall{};
  /// Local time minus UTC at this instant (DST and zone included).
  std::chrono::seconds utc_offset{0};

  /// Local calendar time at this instant, as a duration since the epoch.
  [[nodiscard]] std::chrono::local_time<Duration> local() const {
    return std::chrono::local_time<Duration>{wall.time_since_epoch() + utc_offset};
  }
  /// The same reading advanced by `d` on every clock (no DST change).
  [[nodiscard]] Now plus(Duration d) const { return Now{steady + d, wall + d, utc_offset}; }
};

/// Time of day in minutes since local midnight (0..1439).
struct TimeOfDay {
  int minutes = 0;
  friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
  friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

}  // namespace unknot
