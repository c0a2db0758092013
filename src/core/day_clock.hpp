#pragma once
// Calendar arithmetic on one clock reading: which local "day" the daily
// counters are in, and whether working hours are on. Wall-clock instants
// become steady deadlines through the same reading, so a later wall jump only
// moves a deadline, it never fires one early by itself.
#include <cstdint>
#include <optional>

#include "core/settings.hpp"
#include "core/time.hpp"

namespace unknot {

/// The local day number for the daily counters: floor((wall + utc_offset - day_starts) / 24h).
std::int64_t local_day(const Now& now, TimeOfDay day_starts);

/// When local day `day` begins (at `day_starts`), as steady time on `now`'s reading.
SteadyTime day_start_steady(std::int64_t day, TimeOfDay day_starts, const Now& now);

/// A wall-clock instant as steady time on `now`'s reading.
SteadyTime wall_to_steady(WallTime wall, const Now& now);

/// True when reminders are limited to working hours and `now` is outside them.
bool outside_working_hours(const WorkingHours& hours, const Now& now);

/// The next instant strictly after `now` when inside/outside working hours
/// flips; nullopt when hours are not limited or no weekday has hours.
std::optional<SteadyTime> next_working_hours_change(const WorkingHours& hours, const Now& now);

}  // namespace unknot
