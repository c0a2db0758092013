#include "history/history_dates.hpp"

#include <cstdio>

namespace unknot {

namespace {

std::optional<int> parse_digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::string history_date(const Now& now, TimeOfDay day_starts) {
  const auto shifted = now.local() - std::chrono::minutes{day_starts.minutes};
  const auto day = std::chrono::floor<std::chrono::days>(shifted);
  return format_history_date(std::chrono::sys_days{day.time_since_epoch()});
}

std::optional<std::chrono::sys_days> parse_history_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = parse_digits(text.substr(0, 4));
  const auto m = parse_digits(text.substr(5, 2));
  const auto d = parse_digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::string format_history_date(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

std::optional<std::string> add_days(std::string_view date, int days) {
  const auto day = parse_history_date(date);
  if (!day) return std::nullopt;
  return format_history_date(*day + std::chrono::days{days});
}

std::optional<std::string> retention_cutoff(std::string_view today, int retention_days) {
  return add_days(today, -retention_days);
}

}  // namespace unknot
