// Reading a .ics file for the calendar signal. libical parses leniently and
// buries its complaints in X-LIC-PARSEERROR properties without line numbers,
// so a light structural pass over the text first finds the line a user must
// fix; libical then does the real work (recurrence rules, zones).
// This is the module calendar-ical.so: libical and the ICU libraries under it
// are loaded only when [meetings] calendar names a file.
#include <utility>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <libical/ical.h>

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

std::optional<std::string> read_text(const std::string& path, std::string& text) {
  std::ifstream in{path, std::ios::binary};
  if (!in) return path + ": error: cannot read the calendar: " + std::strerror(errno);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
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

}  // namespace
}  // namespace unknot

using unknot::BusyInterval;
using unknot::WallTime;

UNKNOT_MODULE_EXPORT void* unknot_ical_load(const std::string& path, std::string& error) {
  std::string text;
  if (auto problem = unknot::read_text(path, text)) {
    error = *problem;
    return nullptr;
  }
  if (auto problem = unknot::check_structure(text)) {
    error = path + ":" + std::to_string(problem->line) + ": error: " + problem->message;
    return nullptr;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    error = path + ": error: the calendar is empty";
    return nullptr;
  }
  std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> root{
      icalparser_parse_string(text.c_str()), &icalcomponent_free};
  if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
    error = path + ":1: error: expected one VCALENDAR";
    return nullptr;
  }
  if (auto problem = unknot::first_parse_error(root.get(), text)) {
    error = path + ":" + std::to_string(problem->line) + ": error: " + problem->message;
    return nullptr;
  }
  return root.release();
}

UNKNOT_MODULE_EXPORT void unknot_ical_free(void* calendar) {
  icalcomponent_free(static_cast<icalcomponent*>(calendar));
}

UNKNOT_MODULE_EXPORT void unknot_ical_busy(const void* calendar, WallTime from, WallTime to,
                                           std::vector<BusyInterval>& intervals) {
  // libical's iteration API takes non-const components; nothing is modified.
  auto* root = static_cast<icalcomponent*>(const_cast<void*>(calendar));
  const auto overridden = unknot::overridden_instances(root);
  icaltimezone* utc = icaltimezone_get_utc_timezone();
  const auto seconds = [](WallTime t) {
    return static_cast<time_t>(
        std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count());
  };
  // A day's margin each side: floating times are shifted only after expansion.
  const icaltimetype window_start = icaltime_from_timet_with_zone(seconds(from) - 86400, 0, utc);
  const icaltimetype window_end = icaltime_from_timet_with_zone(seconds(to) + 86400, 0, utc);
  for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    if (!unknot::counts_as_busy(event)) continue;
    const char* uid = icalcomponent_get_uid(event);
    unknot::Expansion expansion{
        &intervals, &overridden, uid != nullptr ? uid : "",
        unknot::is_floating(icalcomponent_get_dtstart(event)),
        icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) == nullptr};
    icalcomponent_foreach_recurrence(event, window_start, window_end, &unknot::collect_span,
                                     &expansion);
  }
  std::erase_if(intervals, [&](const BusyInterval& i) { return i.end <= from || i.start >= to; });
}
