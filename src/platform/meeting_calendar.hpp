#pragma once
// A local .ics file read through libical, reduced to the times it makes the
// user busy within a window. Kept apart from the signal so tests can expand
// fixtures at any moment they like. libical itself lives in the module
// calendar-ical.so (modules/); only the intervals come back from it.
#include <string>
#include <variant>

#include "core/calendar_busy.hpp"
#include "core/time.hpp"

namespace unknot {

/// Reads `path` and returns its busy intervals overlapping [from, to):
/// events that are not transparent, cancelled or all-day, recurrences
/// expanded, zones applied. On failure, one diagnostic line: "PATH:LINE:
/// error: ..." (or "PATH: error: ..." when no line applies). Blocks for as
/// long as the file takes to open and read: call it off the daemon's loop.
std::variant<BusySchedule, std::string> read_calendar_busy(const std::string& path, WallTime from,
                                                           WallTime to);

}  // namespace unknot
