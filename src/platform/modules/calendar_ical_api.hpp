#pragma once
// The entry point of calendar-ical.so (modules/calendar_ical.cpp), as the
// daemon's calendar reader (meeting_calendar_ics.cpp) calls it.
#include <string>
#include <vector>

#include "core/calendar_busy.hpp"
#include "core/time.hpp"

namespace unknot::ical_module {

/// `unknot_ical_read_busy`: reads the calendar at `path` (a regular file of
/// at most kMaxCalendarBytes, config/read_file.hpp) and appends its busy intervals overlapping
/// [from, to); false with one diagnostic line in `error` ("PATH:LINE: error:
/// ..."). Nothing of the parsed calendar is kept. Safe to call on any thread.
using ReadBusy = bool (*)(const std::string& path, WallTime from, WallTime to,
                          std::vector<BusyInterval>& intervals, std::string& error);

}  // namespace unknot::ical_module
