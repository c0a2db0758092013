#include "protocol/status_reply.hpp"

#include "core/time_text.hpp"
#include "protocol/json_fields.hpp"

namespace unknot {

namespace {

using nlohmann::json;

json kind_or_null(const std::optional<BreakKind>& kind) {
  return kind ? json(std::string(to_string(*kind))) : json(nullptr);
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

/// The offset an ISO 8601 text was written in ("+01:00" -> 3600 s).
std::chrono::seconds offset_of(const std::string& iso) {
  const auto instant = parse_iso8601(iso);
  if (!instant || iso.size() < 6) return std::chrono::seconds{0};
  const auto local = parse_iso8601(iso.substr(0, iso.size() - 6) + "+00:00");
  return local ? std::chrono::floor<std::chrono::seconds>(*local - *instant)
               : std::chrono::seconds{0};
}

}  // namespace

void to_json(json& out, const StatusReply& reply) {
  const Status& status = reply.status;
  out = json::object();
  out["state"] = std::string(to_string(status.state));
  out["next_break"] = status.next_break
                          ? json{{"kind", std::string(to_string(status.next_break->kind))},
                                 {"in_s", wire::ceil_seconds(status.next_break->in)}}
                          : json(nullptr);
  out["sitting_s"] = wire::floor_seconds(status.sitting);
  out["paused"] = status.paused;
  out["paused_until"] = status.paused && status.paused_until
                            ? json(format_iso8601(*status.paused_until, reply.utc_offset))
                            : json(nullptr);
  out["idle_source"] = reply.idle_source;
  out["break_due"] = kind_or_null(status.break_due);
  out["on_break"] = status.on_break
                        ? json{{"kind", std::string(to_string(*status.on_break))},
                               {"remaining_s", wire::ceil_seconds(status.break_remaining)}}
                        : json(nullptr);
  out["active_today_s"] = wire::floor_seconds(status.active_today);
  out["sitting_today_s"] = wire::floor_seconds(status.sitting_today);
  out["longest_sitting_today_s"] = wire::floor_seconds(status.longest_sitting_today);
  out["meeting_sources"] = status.meeting_sources;
  out["snoozes_used"] = status.snoozes_used;
  out["outside_working_hours"] = status.outside_working_hours;
  // Whole seconds up, as in_s: a grace of 0.4 s left still holds the prompt.
  out["meeting_grace_s"] =
      status.grace_left ? json(wire::ceil_seconds(*status.grace_left)) : json(nullptr);
  out["reminders"] = json::array();
  for (const ReminderStatus& r : status.reminders)
    out["reminders"].push_back({{"id", r.id}, {"in_s", wire::ceil_seconds(r.in)}, {"due", r.due}});
  if (reply.idle) out["idle_s"] = wire::floor_seconds(*reply.idle);
}

void from_json(const json& in, StatusReply& reply) {
  using wire::field;
  reply = StatusReply{};
  Status& out = reply.status;
  out.state = state_from(field(in, "state"));
  if (const json& next = field(in, "next_break"); next.is_object()) {
    if (const auto kind = kind_from(field(next, "kind")))
      out.next_break = NextBreak{*kind, wire::seconds_of(field(next, "in_s"))};
  }
  out.break_due = kind_from(field(in, "break_due"));
  if (const json& on = field(in, "on_break"); on.is_object()) {
    out.on_break = kind_from(field(on, "kind"));
    out.break_remaining = wire::seconds_of(field(on, "remaining_s"));
  }
  out.sitting = wire::seconds_of(field(in, "sitting_s"));
  out.active_today = wire::seconds_of(field(in, "active_today_s"));
  out.sitting_today = wire::seconds_of(field(in, "sitting_today_s"));
  out.longest_sitting_today = wire::seconds_of(field(in, "longest_sitting_today_s"));
  out.paused = wire::boolean(field(in, "paused"));
  if (const json& until = field(in, "paused_until"); until.is_string()) {
    out.paused_until = parse_iso8601(until.get<std::string>());
    reply.utc_offset = offset_of(until.get<std::string>());
  }
  out.meeting_sources = wire::strings(field(in, "meeting_sources"));
  if (const json& used = field(in, "snoozes_used"); used.is_number_integer())
    out.snoozes_used = used.get<int>();
  out.outside_working_hours = wire::boolean(field(in, "outside_working_hours"));
  if (const json& grace = field(in, "meeting_grace_s"); grace.is_number())
    out.grace_left = wire::seconds_of(grace);
  if (const json& reminders = field(in, "reminders"); reminders.is_array()) {
    for (const json& r : reminders) {
      if (!r.is_object() || !field(r, "id").is_string()) continue;
      out.reminders.push_back({wire::text(field(r, "id")), wire::seconds_of(field(r, "in_s")),
                               wire::boolean(field(r, "due"))});
    }
  }
  reply.idle_source = wire::text(field(in, "idle_source"));
  if (const json& idle = field(in, "idle_s"); idle.is_number()) reply.idle = wire::seconds_of(idle);
}

json status_to_json(const Status& status, std::string_view idle_source, const Now& now) {
  return StatusReply{status, std::string(idle_source), now.utc_offset, std::nullopt};
}

}  // namespace unknot
