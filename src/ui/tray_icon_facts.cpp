#include "ui/tray_icon_facts.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/time_text.hpp"

namespace unknot {

namespace {

using nlohmann::json;
using std::chrono::seconds;

const json& field(const json& object, const char* key) {
  static const json null_value;
  if (!object.is_object()) return null_value;
  const auto it = object.find(key);
  return it == object.end() ? null_value : *it;
}

Duration seconds_of(const json& value) {
  return value.is_number() ? Duration{seconds{value.get<long long>()}} : Duration{};
}

State state_from(const json& value) {
  const std::string text = value.is_string() ? value.get<std::string>() : "active";
  for (State s : {State::active, State::idle, State::paused, State::meeting, State::on_break})
    if (to_string(s) == text) return s;
  return State::active;
}

std::optional<BreakKind> kind_from(const json& value) {
  if (!value.is_string()) return std::nullopt;
  return break_kind_from_string(value.get<std::string>());
}

}  // namespace

std::optional<Duration> duration_from_text(const json& value) {
  if (value.is_number_integer()) return Duration{seconds{value.get<long long>()}};
  if (!value.is_string()) return std::nullopt;
  const std::string text = value.get<std::string>();
  Duration total{};
  long long number = -1;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      number = (number < 0 ? 0 : number * 10) + (c - '0');
      continue;
    }
    if (number < 0) return std::nullopt;
    if (c == 'h')
      total += std::chrono::hours{number};
    else if (c == 'm')
      total += std::chrono::minutes{number};
    else if (c == 's')
      total += seconds{number};
    else
      return std::nullopt;
    number = -1;
  }
  if (number >= 0) total += seconds{number};  // a bare number counts seconds
  if (text.empty()) return std::nullopt;
  return total;
}

Status status_from_json(const json& status, const Now& now) {
  (void)now;
  Status out;
  out.state = state_from(field(status, "state"));
  if (const json& next = field(status, "next_break"); next.is_object()) {
    if (const auto kind = kind_from(field(next, "kind")))
      out.next_break = NextBreak{*kind, seconds_of(field(next, "in_s"))};
  }
  out.break_due = kind_from(field(status, "break_due"));
  if (const json& on = field(status, "on_break"); on.is_object()) {
    out.on_break = kind_from(field(on, "kind"));
    out.break_remaining = seconds_of(field(on, "remaining_s"));
  }
  out.sitting = seconds_of(field(status, "sitting_s"));
  out.active_today = seconds_of(field(status, "active_today_s"));
  out.sitting_today = seconds_of(field(status, "sitting_today_s"));
  out.longest_sitting_today = seconds_of(field(status, "longest_sitting_today_s"));
  out.paused = field(status, "paused").is_boolean() && field(status, "paused").get<bool>();
  if (const json& until = field(status, "paused_until"); until.is_string())
    out.paused_until = parse_iso8601(until.get<std::string>());
  if (const json& sources = field(status, "meeting_sources"); sources.is_array())
    for (const json& s : sources)
      if (s.is_string()) out.meeting_sources.push_back(s.get<std::string>());
  if (const json& used = field(status, "snoozes_used"); used.is_number_integer())
    out.snoozes_used = used.get<int>();
  const json& off = field(status, "outside_working_hours");
  out.outside_working_hours = off.is_boolean() && off.get<bool>();
  return out;
}

TrayFacts tray_facts_from_json(const json& status, const json& values, const Now& now) {
  TrayFacts facts;
  facts.status = status_from_json(status, now);
  const json& micro = field(values, "micro");
  const json& rest = field(values, "rest");
  const json& breaks = field(values, "breaks");
  const json& snooze = field(values, "snooze");
  facts.micro_every = duration_from_text(field(micro, "every")).value_or(Duration{});
  facts.rest_every = duration_from_text(field(rest, "every")).value_or(Duration{});
  facts.strict = field(breaks, "strict").is_boolean() && field(breaks, "strict").get<bool>();
  if (const json& max = field(snooze, "max"); max.is_number_integer())
    facts.snooze_max = max.get<int>();
  const auto& sources = facts.status.meeting_sources;
  facts.manual_meeting = std::find(sources.begin(), sources.end(), "manual") != sources.end();
  if (const json& areas = field(field(values, "exercises"), "focus_areas"); areas.is_array())
    for (const json& a : areas)
      if (a.is_string()) facts.focus_areas.push_back(a.get<std::string>());
  return facts;
}

std::string day_starts_from_json(const json& values) {
  const json& starts = field(field(values, "daily"), "day_starts");
  return starts.is_string() ? starts.get<std::string>() : "04:00";
}

Now ui_now() {
  const auto wall = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
  const auto steady = std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now());
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&t, &local);
  return Now{steady, wall, seconds{local.tm_gmtoff}};
}

}  // namespace unknot
