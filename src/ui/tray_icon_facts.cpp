#include "ui/tray_icon_facts.hpp"

#include <algorithm>

#include "protocol/settings_reply.hpp"

namespace unknot {

using nlohmann::json;

TrayFacts tray_facts_from_json(const StatusReply& status, const json& values, const Now& now) {
  (void)now;
  TrayFacts facts;
  facts.status = status.status;
  // The daemon writes paused_until in its own offset (DST-correct).
  if (facts.status.paused_until) facts.paused_until_offset = status.utc_offset;
  facts.micro_every = duration_value(setting(values, "micro", "every")).value_or(Duration{});
  facts.rest_every = duration_value(setting(values, "rest", "every")).value_or(Duration{});
  const json& strict = setting(values, "breaks", "strict");
  facts.strict = strict.is_boolean() && strict.get<bool>();
  if (const json& max = setting(values, "snooze", "max"); max.is_number_integer())
    facts.snooze_max = max.get<int>();
  const auto& sources = facts.status.meeting_sources;
  facts.manual_meeting = std::find(sources.begin(), sources.end(), "manual") != sources.end();
  if (const json& areas = setting(values, "exercises", "focus_areas"); areas.is_array())
    for (const json& a : areas)
      if (a.is_string()) facts.focus_areas.push_back(a.get<std::string>());
  return facts;
}

std::string day_starts_from_json(const json& values) {
  const json& starts = setting(values, "daily", "day_starts");
  return starts.is_string() ? starts.get<std::string>() : "04:00";
}

}  // namespace unknot
