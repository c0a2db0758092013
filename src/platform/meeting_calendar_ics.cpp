// The calendar reader over the module calendar-ical.so: the daemon maps
// libical and ICU (about 2 MB of private memory) only once a calendar file is
// configured.
#include <utility>

#include "platform/meeting_calendar.hpp"
#include "platform/module_loader.hpp"
#include "platform/modules/calendar_ical_api.hpp"

namespace unknot {
namespace {

/// The module's entry point, resolved once; null, with `why`, if missing.
struct IcalModule {
  ical_module::ReadBusy read_busy = nullptr;
  std::string why;
};

const IcalModule& ical_module_entries() {
  static const IcalModule module = [] {
    IcalModule m;
    m.read_busy = reinterpret_cast<ical_module::ReadBusy>(
        module_entry("calendar-ical", "unknot_ical_read_busy", m.why));
    return m;
  }();
  return module;
}

}  // namespace

std::variant<BusySchedule, std::string> read_calendar_busy(const std::string& path, WallTime from,
                                                           WallTime to) {
  const IcalModule& module = ical_module_entries();
  if (module.read_busy == nullptr) return path + ": error: calendars cannot be read: " + module.why;
  std::vector<BusyInterval> intervals;
  std::string error;
  if (!module.read_busy(path, from, to, intervals, error)) return error;
  return BusySchedule{std::move(intervals)};
}

}  // namespace unknot
