#pragma once
// A simulated clock for the engine: steady, wall and UTC offset move together
// unless a test makes them diverge (suspend, NTP step, DST change).
#include <chrono>

#include "core/time.hpp"

namespace unknot::test {

class SimClock {
 public:
  /// Starts at the given local date and time with the given UTC offset.
  /// Default: Monday 2026-03-02 08:00 local, UTC+1.
  explicit SimClock(std::chrono::sys_days day = std::chrono::sys_days{std::chrono::year{2026} / 3 /
                                                                      2},
                    std::chrono::minutes local_time_of_day = std::chrono::hours{8},
                    std::chrono::seconds utc_offset = std::chrono::hours{1})
      : now_{SteadyTime{std::chrono::hours{1000}},
             WallTime{day.time_since_epoch() + local_time_of_day - utc_offset}, utc_offset} {}

  [[nodiscard]] const Now& now() const { return now_; }
  /// Everything moves forward by d.
  Now advance(Duration d) {
    now_ = now_.plus(d);
    return now_;
  }
  /// Only the wall clock jumps (NTP step, manual change); steady time does not.
  Now step_wall(Duration d) {
    now_.wall += d;
    return now_;
  }
  /// The zone offset changes (DST, travel); the instant stays the same.
  Now set_utc_offset(std::chrono::seconds offset) {
    now_.utc_offset = offset;
    return now_;
  }

 private:
  Now now_;
};

}  // namespace unknot::test
