#include "protocol/status_reply.hpp"

#include <cstdio>
#include <cstdlib>

namespace unknot {

namespace {

using nlohmann::json;

long long floor_seconds(Duration d) { return std::chrono::floor<std::chrono::seconds>(d).count(); }

// A countdown shows 0 only when it has run out, never while time is left.
long long ceil_seconds(Duration d) {
  return d.count() <= 0 ? 0 : std::chrono::ceil<std::chrono::seconds>(d).count();
}

json kind_or_null(const std::optional<BreakKind>& kind) {
  return kind ? json(std::string(to_string(*kind))) : json(nullptr);
}

}  // namespace

std::string format_iso8601(WallTime instant, std::chrono::seconds utc_offset) {
  using namespace std::chrono;
  const auto local = floor<seconds>(instant.time_since_epoch()) + utc_offset;
  const auto day = floor<days>(local);
  const year_month_day date{sys_days{day}};
  const hh_mm_ss clock{local - day};
  const long long offset_min = utc_offset.count() / 60;
  const long long abs_min = std::llabs(offset_min);
  char text[96];  // roomy: the compiler cannot bound the year
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02lld:%02lld:%02lld%c%02lld:%02lld",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<long long>(clock.hours().count()),
                static_cast<long long>(clock.minutes().count()),
                static_cast<long long>(clock.seconds().count()), offset_min < 0 ? '-' : '+',
                abs_min / 60, abs_min % 60);
  return text;
}

json status_to_json(const Status& status, std::string_view idle_source, const Now& now) {
  json out;
  out["state"] = std::string(to_string(status.state));
  out["next_break"] = status.next_break
                          ? json{{"kind", std::string(to_string(status.next_break->kind))},
                                 {"in_s", ceil_seconds(status.next_break->in)}}
                          : json(nullptr);
  out["sitting_s"] = floor_seconds(status.sitting);
  out["paused"] = status.paused;
  out["paused_until"] = status.paused && status.paused_until
                            ? json(format_iso8601(*status.paused_until, now.utc_offset))
                            : json(nullptr);
  out["idle_source"] = std::string(idle_source);
  out["break_due"] = kind_or_null(status.break_due);
  out["on_break"] = status.on_break ? json{{"kind", std::string(to_string(*status.on_break))},
                                           {"remaining_s", ceil_seconds(status.break_remaining)}}
                                    : json(nullptr);
  out["active_today_s"] = floor_seconds(status.active_today);
  out["sitting_today_s"] = floor_seconds(status.sitting_today);
  out["longest_sitting_today_s"] = floor_seconds(status.longest_sitting_today);
  out["meeting_sources"] = status.meeting_sources;
  out["snoozes_used"] = status.snoozes_used;
  out["outside_working_hours"] = status.outside_working_hours;
  return out;
}

}  // namespace unknot
