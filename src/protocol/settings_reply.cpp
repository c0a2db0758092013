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
         {"areas", reply.areas}};
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
