#pragma once
// Reads the real clocks for the engine, and resolves local wall-clock times.
#include <ctime>
#include <optional>
#include <string_view>

#include "core/time.hpp"

namespace unknot {

/// Steady time that keeps running through suspend, so a suspend shows up as a
/// jump (CLOCK_BOOTTIME on Linux, GetTickCount64 on Windows), wall time and
/// the local UTC offset.
Now read_clock();

/// The local calendar reading of `t` (thread-safe localtime).
std::tm local_calendar(std::time_t t);

/// Local time minus UTC at `instant` by the zone's rules for that instant:
/// a pause ending after tonight's DST change reads in the offset it ends in,
/// not in the current one.
std::chrono::seconds utc_offset_at(WallTime instant);

/// The next instant after `now` when local time reads `time` (today if still
/// ahead, else tomorrow), honouring DST through the C library's zone rules.
/// nullopt when the zone rules give no such time in the next two days.
std::optional<WallTime> next_local_time(TimeOfDay time, WallTime now);

}  // namespace unknot
