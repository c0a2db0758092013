#include <time.h>

#include "platform/clock.hpp"

namespace unknot {

Now read_clock() {
  timespec boot{};
  clock_gettime(CLOCK_BOOTTIME, &boot);
  timespec real{};
  clock_gettime(CLOCK_REALTIME, &real);
  const time_t seconds = real.tv_sec;
  tm local{};
  localtime_r(&seconds, &local);
  Now now;
  now.steady = SteadyTime{std::chrono::duration_cast<Duration>(
      std::chrono::seconds{boot.tv_sec} + std::chrono::nanoseconds{boot.tv_nsec})};
  now.wall = WallTime{std::chrono::duration_cast<Duration>(std::chrono::seconds{real.tv_sec} +
                                                           std::chrono::nanoseconds{real.tv_nsec})};
  now.utc_offset = std::chrono::seconds{local.tm_gmtoff};
  return now;
}

std::tm local_calendar(std::time_t t) {
  std::tm local{};
  localtime_r(&t, &local);
  return local;
}

std::chrono::seconds utc_offset_at(WallTime instant) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(instant.time_since_epoch());
  return std::chrono::seconds{local_calendar(static_cast<time_t>(seconds.count())).tm_gmtoff};
}

}  // namespace unknot
