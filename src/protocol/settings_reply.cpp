#include "protocol/settings_reply.hpp"

#include "core/duration_text.hpp"
#include "protocol/json_fields.hpp"

namespace unknot {

using nlohmann::json;

void to_json(json& out, const SettingsReply& reply) {
  out = {{"values", reply.values},
         {"locked", reply.locked},
         {"files",
          {{"config", reply.config_file},
           {"managed", reply.managed_file},
           {"routines", reply.routines_dir}}},
         {"areas", reply.areas},
         {"equipment", reply.equipment},
         {"exercises", json::array()}};
  for (const ExerciseChoice& e : reply.exercises)
    out["exercises"].push_back({{"id", e.id}, {"title", e.title}});
}

void from_json(const json& in, SettingsReply& reply) {
  using wire::field;
  reply = SettingsReply{};
  if (const json& values = field(in, "values"); values.is_object()) reply.values = values;
  reply.locked = wire::strings(field(in, "locked"));
  const json& files = field(in, "files");
  reply.config_file = wire::text(field(files, "config"));
  reply.managed_file = wire::text(field(files, "managed"));
  reply.routines_dir = wire::text(field(files, "routines"));
  reply.areas = wire::strings(field(in, "areas"));
  reply.equipment = wire::strings(field(in, "equipment"));
  if (const json& exercises = field(in, "exercises"); exercises.is_array())
    for (const json& e : exercises)
      if (const std::string id = wire::text(field(e, "id")); !id.empty())
        reply.exercises.push_back({id, wire::text(field(e, "title"))});
}

const json& setting(const json& values, const char* table, const char* key) {
  return wire::field(wire::field(values, table), key);
}

std::optional<Duration> duration_value(const json& value) {
  if (value.is_number_integer()) return Duration{std::chrono::seconds{value.get<long long>()}};
  if (!value.is_string()) return std::nullopt;
  return parse_duration(value.get<std::string>());
}

}  // namespace unknot
