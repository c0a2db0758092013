#pragma once
// The entry points of calendar-ical.so (modules/calendar_ical.cpp), as the
// daemon's IcsCalendar (meeting_calendar_ics.cpp) calls them.
#include <string>
#include <vector>

#include "core/calendar_busy.hpp"
#include "core/time.hpp"

namespace unknot::ical_module {

/// `unknot_ical_load`: the parsed calendar at `path`, or nullptr with one
/// diagnostic line in `error` ("PATH:LINE: error: ...").
using Load = void* (*)(const std::string& path, std::string& error);
/// `unknot_ical_busy`: appends the busy intervals overlapping [from, to).
using Busy = void (*)(const void* calendar, WallTime from, WallTime to,
                      std::vector<BusyInterval>& intervals);
/// `unknot_ical_free`: releases what Load returned.
using Free = void (*)(void* calendar);

}  // namespace unknot::ical_module
