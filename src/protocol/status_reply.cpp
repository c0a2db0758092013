#include "protocol/status_reply.hpp"

#include "core/time_text.hpp"

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
