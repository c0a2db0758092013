// Reading a .ics file for the calendar signal. libical parses leniently and
// buries its complaints in X-LIC-PARSEERROR properties without line numbers,
// so a light structural pass over the text first finds the line a user must
// fix; libical then does the real work (recurrence rules, zones).
// This is the module calendar-ical.so: libical and the ICU libraries under it
// are loaded only when [meetings] calendar names a file.
#include <utility>

#include <ctime>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <libical/ical.h>

#include "config/read_file.hpp"
#include "core/calendar_busy.hpp"
#include "platform/modules/calendar_ical_api.hpp"
#include "platform/modules/module_abi.hpp"

namespace unknot {
namespace {

/// A problem found in the text, at a 1-based line.
struct TextProblem {
  int line = 0;
  std::string message;
};

/// The text's logical lines (folded continuations joined) with their first line numbers.
std::vector<std::pair<int, std::string>> logical_lines(const std::string& text) {
  std::vector<std::pair<int, std::string>> lines;
  std::istringstream in{text};
  std::string raw;
  for (int number = 1; std::getline(in, raw); ++number) {
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (!raw.empty() && (raw[0] == ' ' || raw[0] == '\t') && !lines.empty()) {
      lines.back().second += raw.substr(1);
    } else if (!raw.empty()) {
      lines.emplace_back(number, raw);
    }
  }
  return lines;
}

/// Checks that every line is NAME[;PARAM...]:VALUE and BEGIN/END pair up.
std::optional<TextProblem> check_structure(const std::string& text) {
  std::vector<std::pair<int, std::string>> open;  // line, component name
  for (const auto& [number, line] : logical_lines(text)) {
    const auto name_end = line.find_first_of(";:");
    const auto colon = line.find(':');
    if (name_end == 0 || colon == std::string::npos ||
        line.substr(0, name_end)
                .find_first_not_of(
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") !=
            std::string::npos)
      return TextProblem{number, "expected NAME:VALUE, found \"" + line.substr(0, 40) + "\""};
    const std::string name = line.substr(0, name_end);
    const std::string value = line.substr(colon + 1);
    if (open.empty() && !(name == "BEGIN" && value == "VCALENDAR"))
      return TextProblem{number, "expected BEGIN:VCALENDAR, found \"" + line.substr(0, 40) + "\""};
    if (name == "BEGIN") open.emplace_back(number, value);
    if (name == "END") {
      if (open.back().second != value)
        return TextProblem{number, "END:" + value + " does not close BEGIN:" + open.back().second +
                                       " of line " + std::to_string(open.back().first)};
      open.pop_back();
    }
  }
  if (!open.empty())
    return TextProblem{open.back().first, "BEGIN:" + open.back().second + " is never closed"};
  return std::nullopt;
}

/// The line of the first property named `name` at or after `from` in `text`'s logical lines.
int line_of(const std::string& text, int from, const std::string& name) {
  for (const auto& [number, line] : logical_lines(text)) {
    if (number >= from && line.rfind(name, 0) == 0) return number;
  }
  return from;
}

/// libical's first complaint inside any VEVENT, placed at its line.
std::optional<TextProblem> first_parse_error(icalcomponent* root, const std::string& text) {
  std::vector<int> event_lines;
  for (const auto& [number, line] : logical_lines(text)) {
    if (line == "BEGIN:VEVENT") event_lines.push_back(number);
  }
  std::size_t index = 0;
  for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
       event != nullptr;
       event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT), ++index) {
    icalproperty* error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
    if (error == nullptr) continue;
    const int at = index < event_lines.size() ? event_lines[index] : 1;
    const std::string message = icalproperty_get_xlicerror(error);
    // libical quotes the property it gave up on ("... for DTSTART ..."), when it can.
    for (const char* name : {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE"}) {
      if (message.find(name) != std::string::npos)
        return TextProblem{line_of(text, at, name), message};
    }
    return TextProblem{at, message};
  }
  return std::nullopt;
}

/// A floating time (no zone) means the user's local wall clock; libical
/// expands it as if it were UTC, so shift it by the local zone's rules.
time_t floating_to_utc(time_t as_if_utc) {
  std::tm parts{};
  ::gmtime_r(&as_if_utc, &parts);
  parts.tm_isdst = -1;
  return std::mktime(&parts);
}

bool is_floating(const icaltimetype& t) { return t.zone == nullptr && !icaltime_is_utc(t); }

/// An instant of `t` in UTC seconds, floating read as local time.
time_t utc_seconds(const icaltimetype& t) {
  const time_t as_if_utc =
      icaltime_as_timet_with_zone(t, t.zone != nullptr ? t.zone : icaltimezone_get_utc_timezone());
  return is_floating(t) ? floating_to_utc(as_if_utc) : as_if_utc;
}

WallTime wall_time(time_t seconds) { return WallTime{std::chrono::seconds{seconds}}; }

bool counts_as_busy(icalcomponent* event) {
  if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) return false;
  if (icalproperty* transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY)) {
    const auto value = icalproperty_get_transp(transp);
    if (value == ICAL_TRANSP_TRANSPARENT || value == ICAL_TRANSP_TRANSPARENTNOCONFLICT)
      return false;
  }
  const icaltimetype start = icalcomponent_get_dtstart(event);
  // An all-day event (a holiday, "working from home") is not a meeting.
  return !icaltime_is_null_time(start) && !icaltime_is_date(start);
}

/// The instants that RECURRENCE-ID overrides replace, by UID: the master's own
/// occurrence at that instant yields to the override (even a cancelled one).
std::set<std::pair<std::string, time_t>> overridden_instances(icalcomponent* root) {
  std::set<std::pair<std::string, time_t>> out;
  for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) == nullptr) continue;
    const char* uid = icalcomponent_get_uid(event);
    out.emplace(uid != nullptr ? uid : "", utc_seconds(icalcomponent_get_recurrenceid(event)));
  }
  return out;
}

/// What the expansion callback collects for one event.
struct Expansion {
  std::vector<BusyInterval>* out;
  const std::set<std::pair<std::string, time_t>>* overridden;
  std::string uid;
  bool floating = false;
  bool is_master = true;
};

void collect_span(icalcomponent*, icaltime_span* span, void* data) {
  auto* expansion = static_cast<Expansion*>(data);
  time_t start = span->start;
  time_t end = span->end;
  if (expansion->floating) {
    start = floating_to_utc(start);
    end = floating_to_utc(end);
  }
  if (expansion->is_master && expansion->overridden->contains({expansion->uid, start})) return;
  expansion->out->push_back({wall_time(start), wall_time(end)});
}

/// The parsed calendar at `path`, or null with one diagnostic line in `error`.
icalcomponent* parse_calendar(const std::string& path, std::string& error) {
  std::string why;
  const auto text = read_text_file(path, why, kMaxCalendarBytes);
  if (!text) {
    error = path + ": error: cannot read the calendar: " + why;
    return nullptr;
  }
  if (auto problem = check_structure(*text)) {
    error = path + ":" + std::to_string(problem->line) + ": error: " + problem->message;
    return nullptr;
  }
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
    error = path + ": error: the calendar is empty";
    return nullptr;
  }
  icalcomponent* root = icalparser_parse_string(text->c_str());
  if (root == nullptr || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
    if (root != nullptr) icalcomponent_free(root);
    error = path + ":1: error: expected one VCALENDAR";
    return nullptr;
  }
  if (auto problem = first_parse_error(root, *text)) {
    icalcomponent_free(root);
    error = path + ":" + std::to_string(problem->line) + ": error: " + problem->message;
    return nullptr;
  }
  return root;
}

time_t seconds_of(WallTime t) {
  return static_cast<time_t>(
      std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count());
}

/// Appends the busy intervals of `root` overlapping [from, to).
void expand_busy(icalcomponent* root, WallTime from, WallTime to,
                 std::vector<BusyInterval>& intervals) {
  const auto overridden = overridden_instances(root);
  icaltimezone* utc = icaltimezone_get_utc_timezone();
  // A day's margin each side: floating times are shifted only after expansion.
  const icaltimetype window_start = icaltime_from_timet_with_zone(seconds_of(from) - 86400, 0, utc);
  const icaltimetype window_end = icaltime_from_timet_with_zone(seconds_of(to) + 86400, 0, utc);
  for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    if (!counts_as_busy(event)) continue;
    const char* uid = icalcomponent_get_uid(event);
    Expansion expansion{
        &intervals, &overridden, uid != nullptr ? uid : "",
        is_floating(icalcomponent_get_dtstart(event)),
        icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) == nullptr};
    icalcomponent_foreach_recurrence(event, window_start, window_end, &collect_span, &expansion);
  }
  std::erase_if(intervals, [&](const BusyInterval& i) { return i.end <= from || i.start >= to; });
}

}  // namespace
}  // namespace unknot

using unknot::BusyInterval;
using unknot::WallTime;

// Only the intervals leave the module: libical's tree (about 14 bytes of
// memory per byte of calendar) is freed before this returns.
UNKNOT_MODULE_EXPORT bool unknot_ical_read_busy(const std::string& path, WallTime from, WallTime to,
                                                std::vector<BusyInterval>& intervals,
                                                std::string& error) {
  icalcomponent* root = unknot::parse_calendar(path, error);
  if (root != nullptr) {
    unknot::expand_busy(root, from, to, intervals);
    icalcomponent_free(root);
  }
  // libical keeps the strings it hands out in a per-thread ring of up to 2500
  // buffers (20 MB after a big calendar), freed only when the thread ends:
  // free them now, so the daemon's malloc_trim() can give the memory back.
  icalmemory_free_ring();
  return root != nullptr;
}
