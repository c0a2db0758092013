#include "history/history_dates.hpp"

#include "core/time_text.hpp"

namespace unknot {

std::string history_date(const Now& now, TimeOfDay day_starts) {
  const auto shifted = now.local() - std::chrono::minutes{day_starts.minutes};
  const auto day = std::chrono::floor<std::chrono::days>(shifted);
  return format_date(std::chrono::sys_days{day.time_since_epoch()});
}

std::optional<std::string> add_days(std::string_view date, int days) {
  const auto day = parse_date(date);
  if (!day) return std::nullopt;
  return format_date(*day + std::chrono::days{days});
}

std::optional<std::string> retention_cutoff(std::string_view today, int retention_days) {
  return add_days(today, -retention_days);
}

}  // namespace unknot
