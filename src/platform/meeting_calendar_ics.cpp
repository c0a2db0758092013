// IcsCalendar over the module calendar-ical.so: the daemon maps libical and
// ICU (about 2 MB of private memory) only once a calendar file is configured.
#include <utility>

#include "platform/meeting_calendar.hpp"
#include "platform/module_loader.hpp"
#include "platform/modules/calendar_ical_api.hpp"

namespace unknot {
namespace {

/// The module's entry points, resolved once; all null, with `why`, if missing.
struct IcalModule {
  ical_module::Load load = nullptr;
  ical_module::Busy busy = nullptr;
  ical_module::Free free = nullptr;
  std::string why;
};

const IcalModule& ical_module_entries() {
  static const IcalModule module = [] {
    IcalModule m;
    m.load = reinterpret_cast<ical_module::Load>(
        module_entry("calendar-ical", "unknot_ical_load", m.why));
    m.busy = reinterpret_cast<ical_module::Busy>(
        module_entry("calendar-ical", "unknot_ical_busy", m.why));
    m.free = reinterpret_cast<ical_module::Free>(
        module_entry("calendar-ical", "unknot_ical_free", m.why));
    if (m.load == nullptr || m.busy == nullptr || m.free == nullptr) m.load = nullptr;
    return m;
  }();
  return module;
}

}  // namespace

std::variant<IcsCalendar, std::string> IcsCalendar::load(const std::string& path) {
  const IcalModule& module = ical_module_entries();
  if (module.load == nullptr) return path + ": error: calendars cannot be read: " + module.why;
  std::string error;
  void* calendar = module.load(path, error);
  if (calendar == nullptr) return error;
  return IcsCalendar{std::shared_ptr<void>{calendar, module.free}};
}

BusySchedule IcsCalendar::busy(WallTime from, WallTime to) const {
  std::vector<BusyInterval> intervals;
  ical_module_entries().busy(calendar_.get(), from, to, intervals);
  return BusySchedule{std::move(intervals)};
}

}  // namespace unknot
