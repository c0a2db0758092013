#include "platform/clock.hpp"

#include <ctime>

namespace unknot {

std::optional<WallTime> next_local_time(TimeOfDay time, WallTime now) {
  const int hours = time.minutes / 60;
  const int minutes = time.minutes % 60;
  const time_t now_s =
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  for (int day_offset = 0; day_offset <= 2; ++day_offset) {
    tm local = local_calendar(now_s);
    local.tm_mday += day_offset;
    local.tm_hour = hours;
    local.tm_min = minutes;
    local.tm_sec = 0;
    local.tm_isdst = -1;  // let the zone rules decide (DST days)
    const time_t candidate = mktime(&local);
    if (candidate != static_cast<time_t>(-1) && candidate > now_s)
      return WallTime{std::chrono::seconds{candidate}};
  }
  return std::nullopt;
}

}  // namespace unknot
