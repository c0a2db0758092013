#include "core/time_text.hpp"

#include <cstdio>
#include <cstdlib>

namespace unknot {

namespace {

/// The value of a run of ASCII digits (at most 9), or nullopt.
std::optional<int> digits(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3)
    return std::nullopt;
  const auto hours = digits(text.substr(0, colon));
  const auto minutes = digits(text.substr(colon + 1));
  if (!hours || !minutes || *hours > 23 || *minutes > 59) return std::nullopt;
  return TimeOfDay{*hours * 60 + *minutes};
}

std::string format_time_of_day(TimeOfDay time) {
  const int h = time.minutes / 60;
  const int m = time.minutes % 60;
  std::string out(5, '0');
  out[0] = static_cast<char>('0' + h / 10);
  out[1] = static_cast<char>('0' + h % 10);
  out[2] = ':';
  out[3] = static_cast<char>('0' + m / 10);
  out[4] = static_cast<char>('0' + m % 10);
  return out;
}

TimeOfDay local_time_of_day(WallTime wall, std::chrono::seconds utc_offset) {
  const auto local = wall.time_since_epoch() + utc_offset;
  auto of_day = std::chrono::floor<std::chrono::minutes>(local).count() % (24 * 60);
  if (of_day < 0) of_day += 24 * 60;
  return TimeOfDay{static_cast<int>(of_day)};
}

std::optional<std::chrono::sys_days> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = digits(text.substr(0, 4));
  const auto m = digits(text.substr(5, 2));
  const auto d = digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::string format_date(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

std::string format_iso8601(WallTime instant, std::chrono::seconds utc_offset) {
  using namespace std::chrono;
  const auto local = floor<seconds>(instant.time_since_epoch()) + utc_offset;
  const auto day = floor<days>(local);
  const year_month_day date{sys_days{day}};
  const hh_mm_ss clock{local - day};
  const long long offset_min = utc_offset.count() / 60;
  const long long abs_min = std::llabs(offset_min);
  char text[96];  // roomy: the compiler cannot bound the year
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02lld:%02lld:%02lld%c%02lld:%02lld",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<long long>(clock.hours().count()),
                static_cast<long long>(clock.minutes().count()),
                static_cast<long long>(clock.seconds().count()), offset_min < 0 ? '-' : '+',
                abs_min / 60, abs_min % 60);
  return text;
}

std::optional<WallTime> parse_iso8601(std::string_view text) {
  // "YYYY-MM-DDTHH:MM:SS+HH:MM": 25 characters, fixed positions.
  if (text.size() != 25 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      (text[19] != '+' && text[19] != '-') || text[22] != ':')
    return std::nullopt;
  const auto day = parse_date(text.substr(0, 10));
  const auto time = parse_time_of_day(text.substr(11, 5));
  const auto second = digits(text.substr(17, 2));
  const auto offset = parse_time_of_day(text.substr(20, 5));
  if (!day || !time || !second || *second > 59 || !offset) return std::nullopt;
  using namespace std::chrono;
  const minutes utc_offset{(text[19] == '-' ? -1 : 1) * offset->minutes};
  return WallTime{*day + minutes{time->minutes} + seconds{*second} - utc_offset};
}

}  // namespace unknot
