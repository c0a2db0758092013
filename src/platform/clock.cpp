#include "platform/clock.hpp"

#include <charconv>
#include <ctime>

namespace unknot {

std::optional<WallTime> next_local_time(std::string_view hh_mm, WallTime now) {
  int hours = -1, minutes = -1;
  const auto colon = hh_mm.find(':');
  if (colon == std::string_view::npos || hh_mm.size() - colon != 3) return std::nullopt;
  auto parse = [](std::string_view s, int& out) {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && ptr == s.data() + s.size() && !s.empty();
  };
  if (!parse(hh_mm.substr(0, colon), hours) || !parse(hh_mm.substr(colon + 1), minutes))
    return std::nullopt;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;

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
