#include "config/config_schema.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <type_traits>
#include <vector>

#include "config/config_loader.hpp"
#include "config/read_file.hpp"
#include "config/text_values.hpp"
#include "core/duration_text.hpp"
#include "core/exercise.hpp"
#include "core/time_text.hpp"

namespace unknot {

namespace {
using Reader = ValueReader;
using Node = toml::node;
using Name = std::string_view;
using nlohmann::json;

template <class T, class U>
void set(T& target, const std::optional<U>& value) {
  if (value) target = *value;
}

// ---- writing: one value's text as config.toml (and the settings reply) holds it

json value_of(bool value) { return value; }
json value_of(int value) { return value; }
json value_of(Duration value) { return format_duration(value); }
json value_of(TimeOfDay value) { return format_time_of_day(value); }
json value_of(const std::string& value) { return value; }
json value_of(const std::vector<std::string>& value) { return value; }
json value_of(BreakStyle value) { return std::string(to_string(value)); }
json value_of(Position value) { return std::string(to_string(value)); }

/// Writes the field `Table`.`Field` of the settings.
template <auto Table, auto Field>
json write_field(const Settings& s) {
  return value_of(s.*Table.*Field);
}

// ---- reading: the reader call follows the field's type

template <auto Table, auto Field>
void read_field(Reader& r, const Node& n, Name name, Settings& s) {
  auto& target = s.*Table.*Field;
  using Value = std::remove_cvref_t<decltype(target)>;
  if constexpr (std::is_same_v<Value, bool>)
    set(target, r.boolean(n, name));
  else if constexpr (std::is_same_v<Value, Duration>)
    set(target, r.duration(n, name));
  else if constexpr (std::is_same_v<Value, TimeOfDay>)
    set(target, r.time_of_day(n, name));
  else if constexpr (std::is_same_v<Value, std::string>)
    set(target, r.string(n, name));
  else if constexpr (std::is_same_v<Value, std::vector<std::string>>)
    set(target, r.strings(n, name));
  else if constexpr (std::is_same_v<Value, BreakStyle> || std::is_same_v<Value, Position>) {
    // A preference: "floor" is for exercises, not for the user's setting.
    const auto names =
        std::is_same_v<Value, BreakStyle> ? break_style_names() : preferred_position_names();
    if (auto i = r.choice(n, name, names)) target = static_cast<Value>(*i);
  } else
    static_assert(sizeof(Value) == 0, "a field of this type needs its own reader");
}

/// A key read and written by its field's type.
template <auto Table, auto Field>
constexpr ConfigKey field(Name table, Name key) {
  return {table, key, read_field<Table, Field>, write_field<Table, Field>};
}

/// A key with its own reader (limits, warnings), written by its field's type.
template <auto Table, auto Field>
constexpr ConfigKey field(Name table, Name key, ConfigKey::Apply apply) {
  return {table, key, apply, write_field<Table, Field>};
}

template <int Day>
void read_day(Reader& r, const Node& n, Name name, Settings& s) {
  set(s.working_hours.days[Day], r.working_day(n, name));
}

template <int Day>
json write_day(const Settings& s) {
  const auto& span = s.working_hours.days[Day];
  return span ? format_time_of_day(span->start) + "-" + format_time_of_day(span->end) : "";
}

template <int Day>
constexpr ConfigKey day(Name key) {
  return {"working_hours", key, read_day<Day>, write_day<Day>};
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

void read_focus_areas(Reader& r, const Node& n, Name name, Settings& s) {
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

using S = Settings;
using B = BreakSettings;

const ConfigKey kSchema[] = {
    field<&S::micro, &B::enabled>("micro", "enabled"),
    field<&S::micro, &B::every>("micro", "every"),
    field<&S::micro, &B::duration>("micro", "duration"),
    field<&S::rest, &B::enabled>("rest", "enabled"),
    field<&S::rest, &B::every>("rest", "every"),
    field<&S::rest, &B::duration>("rest", "duration"),
    field<&S::daily, &DailySettings::enabled>("daily", "enabled"),
    field<&S::daily, &DailySettings::limit>("daily", "limit"),
    field<&S::daily, &DailySettings::day_starts>("daily", "day_starts"),
    field<&S::snooze, &SnoozeSettings::duration>("snooze", "duration"),
    field<&S::snooze, &SnoozeSettings::max>("snooze", "max",
                                            [](Reader& r, const Node& n, Name k, Settings& s) {
                                              set(s.snooze.max,
                                                  r.integer(n, k, 0, "0 (unlimited) or more"));
                                            }),
    field<&S::breaks, &BreakBehaviour::strict>("breaks", "strict"),
    field<&S::breaks, &BreakBehaviour::style>("breaks", "style"),
    field<&S::breaks, &BreakBehaviour::warning>(
        "breaks", "warning",
        [](Reader& r, const Node& n, Name k, Settings& s) {
          set(s.breaks.warning,
              r.duration(n, k, {.zero_means = "no warning", .warn_if_short = true}));
        }),
    field<&S::idle, &IdleSettings::threshold>("idle", "threshold"),
    field<&S::idle, &IdleSettings::sitting_reset>("idle", "sitting_reset"),
    field<&S::meetings, &MeetingSettings::camera>("meetings", "camera"),
    field<&S::meetings, &MeetingSettings::microphone>("meetings", "microphone"),
    field<&S::meetings, &MeetingSettings::fullscreen>("meetings", "fullscreen"),
    field<&S::meetings, &MeetingSettings::dnd>("meetings", "dnd"),
    field<&S::meetings, &MeetingSettings::calendar>(
        "meetings", "calendar",
        [](Reader& r, const Node& n, Name k, Settings& s) {
          const auto path = r.string(n, k);
          if (path) warn_if_unusable_calendar(r, n, *path);
          set(s.meetings.calendar, path);
        }),
    field<&S::meetings, &MeetingSettings::grace>(
        "meetings", "grace",
        [](Reader& r, const Node& n, Name k, Settings& s) {
          set(s.meetings.grace, r.duration(n, k, {.zero_means = "at once", .warn_if_short = true}));
        }),
    field<&S::meetings, &MeetingSettings::fullscreen_classes>("meetings", "fullscreen_classes"),
    field<&S::meetings, &MeetingSettings::fullscreen_ignore>("meetings", "fullscreen_ignore"),
    field<&S::history, &HistorySettings::retention_days>(
        "history", "retention_days",
        [](Reader& r, const Node& n, Name k, Settings& s) {
          set(s.history.retention_days, r.integer(n, k, 1, "1 or more"));
        }),
    field<&S::working_hours, &WorkingHours::only_inside>("working_hours", "only_inside"),
    day<0>("monday"),
    day<1>("tuesday"),
    day<2>("wednesday"),
    day<3>("thursday"),
    day<4>("friday"),
    day<5>("saturday"),
    day<6>("sunday"),
    field<&S::exercises, &ExercisePreferences::focus_areas>("exercises", "focus_areas",
                                                            read_focus_areas),
    field<&S::exercises, &ExercisePreferences::position>("exercises", "position"),
    field<&S::exercises, &ExercisePreferences::equipment>("exercises", "equipment"),
    field<&S::exercises, &ExercisePreferences::disabled>("exercises", "disabled"),
    field<&S::exercises, &ExercisePreferences::prefer_discreet>("exercises", "prefer_discreet"),
    field<&S::hooks, &HookSettings::break_start>("hooks", "break_start"),
    field<&S::hooks, &HookSettings::break_end>("hooks", "break_end"),
    field<&S::hooks, &HookSettings::meeting_start>("hooks", "meeting_start"),
    field<&S::hooks, &HookSettings::meeting_end>("hooks", "meeting_end"),
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
