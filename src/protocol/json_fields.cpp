#include "protocol/json_fields.hpp"

namespace unknot::wire {

using nlohmann::json;

const json& field(const json& object, const char* key) {
  static const json null_value;
  if (!object.is_object()) return null_value;
  const auto it = object.find(key);
  return it == object.end() ? null_value : *it;
}

std::int64_t integer(const json& value) {
  if (value.is_number_float()) return static_cast<std::int64_t>(value.get<double>());
  if (value.is_number()) return value.get<std::int64_t>();
  return 0;
}

bool boolean(const json& value, bool otherwise) {
  return value.is_boolean() ? value.get<bool>() : otherwise;
}

std::string text(const json& value) { return value.is_string() ? value.get<std::string>() : ""; }

std::vector<std::string> strings(const json& value) {
  std::vector<std::string> out;
  if (!value.is_array()) return out;
  for (const json& element : value)
    if (element.is_string()) out.push_back(element.get<std::string>());
  return out;
}

Duration seconds_of(const json& value) {
  return value.is_number() ? Duration{std::chrono::seconds{integer(value)}} : Duration{};
}

long long floor_seconds(Duration d) { return std::chrono::floor<std::chrono::seconds>(d).count(); }

long long ceil_seconds(Duration d) {
  return d.count() <= 0 ? 0 : std::chrono::ceil<std::chrono::seconds>(d).count();
}

}  // namespace unknot::wire
