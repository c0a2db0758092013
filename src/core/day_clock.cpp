#include "core/day_clock.hpp"

#include <chrono>

namespace unknot {

namespace {

using std::chrono::days;
using std::chrono::minutes;

/// Local calendar position of one reading: day since the epoch, weekday
/// (0 = Monday, as in WorkingHours) and time into the day.
struct LocalMoment {
  std::int64_t day;
  int weekday;
  Duration into_day;
};

LocalMoment split(const Now& now) {
  const Duration local = now.local().time_since_epoch();
  const auto day = std::chrono::floor<days>(local);
  const std::chrono::weekday wd{std::chrono::sys_days{day}};
  return {day.count(), static_cast<int>((wd.c_encoding() + 6) % 7), local - day};
}

// A day whose end is not after its start has no hours (a typo must not make
// reminders fire all night).
bool has_hours(const std::optional<WorkingDay>& day) { return day && day->start < day->end; }

}  // namespace

std::int64_t local_day(const Now& now, TimeOfDay day_starts) {
  const Duration shifted = now.local().time_since_epoch() - minutes{day_starts.minutes};
  return std::chrono::floor<days>(shifted).count();
}

SteadyTime day_start_steady(std::int64_t day, TimeOfDay day_starts, const Now& now) {
  const Duration local_start = days{day} + minutes{day_starts.minutes};
  return now.steady + (local_start - now.local().time_since_epoch());
}

SteadyTime wall_to_steady(WallTime wall, const Now& now) { return now.steady + (wall - now.wall); }

bool outside_working_hours(const WorkingHours& hours, const Now& now) {
  if (!hours.only_inside) return false;
  const LocalMoment m = split(now);
  const auto& today = hours.days[static_cast<std::size_t>(m.weekday)];
  if (!has_hours(today)) return true;
  return m.into_day < minutes{today->start.minutes} || m.into_day >= minutes{today->end.minutes};
}

std::optional<SteadyTime> next_working_hours_change(const WorkingHours& hours, const Now& now) {
  if (!hours.only_inside) return std::nullopt;
  const LocalMoment m = split(now);
  const Duration local_now = now.local().time_since_epoch();
  for (int ahead = 0; ahead <= 7; ++ahead) {
    const auto& day = hours.days[static_cast<std::size_t>((m.weekday + ahead) % 7)];
    if (!has_hours(day)) continue;
    const Duration midnight = days{m.day + ahead};
    for (const TimeOfDay edge : {day->start, day->end}) {
      const Duration at = midnight + minutes{edge.minutes};
      if (at > local_now) return now.steady + (at - local_now);
    }
  }
  return std::nullopt;
}

}  // namespace unknot
