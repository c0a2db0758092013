#include "config/config_schema.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "config/config_loader.hpp"
#include "config/read_file.hpp"
#include "config/text_values.hpp"
#include "core/exercise.hpp"

namespace unknot {

namespace {
using Reader = ValueReader;
using Node = toml::node;
using Name = std::string_view;

template <class T, class U>
void set(T& target, const std::optional<U>& value) {
  if (value) target = *value;
}

constexpr std::array<std::string_view, 3> kStyles{"notification", "window", "both"};
constexpr std::array<std::string_view, 3> kPositions{"sitting", "standing", "either"};

void apply_style(Reader& r, const Node& n, Name name, Settings& s) {
  if (auto i = r.choice(n, name, kStyles)) s.breaks.style = static_cast<BreakStyle>(*i);
}

void apply_position(Reader& r, const Node& n, Name name, Settings& s) {
  if (auto i = r.choice(n, name, kPositions)) s.exercises.position = static_cast<Position>(*i);
}

template <int Day>
void apply_day(Reader& r, const Node& n, Name name, Settings& s) {
  set(s.working_hours.days[Day], r.working_day(n, name));
}

// Unknown areas are kept (the list grows) but flagged, since a typo would
// silently never match an exercise.
/// The calendar is read by the daemon off its loop, so a FIFO or a huge file
/// there costs nothing but the meetings it would give: say so here, at the key.
void warn_if_unusable_calendar(Reader& r, const Node& n, const std::string& path) {
  if (path.empty()) return;
  const std::string file = expand_home(path);
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return;  // not there yet: the daemon waits for it
  if (auto why = unreadable_because(file, kMaxCalendarBytes))
    r.warning(n.source(), "calendar: \"" + path + "\" " + *why + "; no meetings are read from it");
}

void apply_focus_areas(Reader& r, const Node& n, Name name, Settings& s) {
  auto areas = r.strings(n, name);
  if (!areas) return;
  std::vector<std::string_view> known(known_body_areas().begin(), known_body_areas().end());
  for (const Node& element : *n.as_array()) {
    const std::string& area = element.as_string()->get();
    if (std::find(known.begin(), known.end(), area) == known.end())
      r.warning(element.source(), std::string(name) + ": unknown body area \"" + area + "\"" +
                                      did_you_mean(area, known));
  }
  s.exercises.focus_areas = std::move(*areas);
}

const ConfigKey kSchema[] = {
    {"micro", "enabled",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.micro.enabled, r.boolean(n, k)); }},
    {"micro", "every",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.micro.every, r.duration(n, k)); }},
    {"micro", "duration",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.micro.duration, r.duration(n, k));
     }},
    {"rest", "enabled",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.rest.enabled, r.boolean(n, k)); }},
    {"rest", "every",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.rest.every, r.duration(n, k)); }},
    {"rest", "duration",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.rest.duration, r.duration(n, k)); }},
    {"daily", "enabled",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.daily.enabled, r.boolean(n, k)); }},
    {"daily", "limit",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.daily.limit, r.duration(n, k)); }},
    {"daily", "day_starts",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.daily.day_starts, r.time_of_day(n, k));
     }},
    {"snooze", "duration",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.snooze.duration, r.duration(n, k));
     }},
    {"snooze", "max",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.snooze.max, r.integer(n, k, 0, "0 (unlimited) or more"));
     }},
    {"breaks", "strict",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.breaks.strict, r.boolean(n, k)); }},
    {"breaks", "style", apply_style},
    {"breaks", "warning",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.breaks.warning, r.duration(n, k, {.zero_means = "no warning", .warn_if_short = true}));
     }},
    {"idle", "threshold",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.idle.threshold, r.duration(n, k));
     }},
    {"idle", "sitting_reset",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.idle.sitting_reset, r.duration(n, k));
     }},
    {"meetings", "camera",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.meetings.camera, r.boolean(n, k));
     }},
    {"meetings", "microphone",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.meetings.microphone, r.boolean(n, k));
     }},
    {"meetings", "fullscreen",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.meetings.fullscreen, r.boolean(n, k));
     }},
    {"meetings", "dnd",
     [](Reader& r, const Node& n, Name k, Settings& s) { set(s.meetings.dnd, r.boolean(n, k)); }},
    {"meetings", "calendar",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       const auto path = r.string(n, k);
       if (path) warn_if_unusable_calendar(r, n, *path);
       set(s.meetings.calendar, path);
     }},
    {"meetings", "grace",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.meetings.grace, r.duration(n, k, {.zero_means = "at once", .warn_if_short = true}));
     }},
    {"meetings", "fullscreen_classes",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.meetings.fullscreen_classes, r.strings(n, k));
     }},
    {"meetings", "fullscreen_ignore",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.meetings.fullscreen_ignore, r.strings(n, k));
     }},
    {"history", "retention_days",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.history.retention_days, r.integer(n, k, 1, "1 or more"));
     }},
    {"working_hours", "only_inside",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.working_hours.only_inside, r.boolean(n, k));
     }},
    {"working_hours", "monday", apply_day<0>},
    {"working_hours", "tuesday", apply_day<1>},
    {"working_hours", "wednesday", apply_day<2>},
    {"working_hours", "thursday", apply_day<3>},
    {"working_hours", "friday", apply_day<4>},
    {"working_hours", "saturday", apply_day<5>},
    {"working_hours", "sunday", apply_day<6>},
    {"exercises", "focus_areas", apply_focus_areas},
    {"exercises", "position", apply_position},
    {"exercises", "equipment",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.exercises.equipment, r.strings(n, k));
     }},
    {"exercises", "disabled",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.exercises.disabled, r.strings(n, k));
     }},
    {"exercises", "prefer_discreet",
     [](Reader& r, const Node& n, Name k, Settings& s) {
       set(s.exercises.prefer_discreet, r.boolean(n, k));
     }},
};
}  // namespace

std::span<const ConfigKey> config_schema() { return kSchema; }

std::span<const std::string_view> config_tables() {
  static const std::vector<std::string_view> tables = [] {
    std::vector<std::string_view> out;
    for (const ConfigKey& k : kSchema)
      if (std::find(out.begin(), out.end(), k.table) == out.end()) out.push_back(k.table);
    return out;
  }();
  return tables;
}

const std::vector<std::string>& config_key_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const ConfigKey& k : kSchema)
      out.push_back(std::string(k.table) + "." + std::string(k.key));
    return out;
  }();
  return names;
}

}  // namespace unknot
