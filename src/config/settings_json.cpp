// Settings <-> JSON values <-> TOML text for the settings dialog's file.
#include "config/settings_json.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <sstream>

#include <toml++/toml.h>

#include "config/config_schema.hpp"
#include "config/text_values.hpp"
#include "config/toml_reader.hpp"
#include "core/duration_text.hpp"

namespace unknot {

namespace {

using nlohmann::json;

json node_to_json(const toml::node& node) {
  if (const auto* table = node.as_table()) {
    json out = json::object();
    for (auto&& [key, value] : *table) out[std::string(key.str())] = node_to_json(value);
    return out;
  }
  if (const auto* array = node.as_array()) {
    json out = json::array();
    for (const auto& element : *array) out.push_back(node_to_json(element));
    return out;
  }
  if (const auto* s = node.as_string()) return s->get();
  if (const auto* i = node.as_integer()) return i->get();
  if (const auto* f = node.as_floating_point()) return f->get();
  if (const auto* b = node.as_boolean()) return b->get();
  std::ostringstream text;  // dates and times: kept as TOML writes them
  node.visit([&](const auto& value) { text << value; });
  return text.str();
}

bool is_bare_key(const std::string& key) {
  if (key.empty()) return false;
  for (const char c : key)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

/// A TOML basic string, as config.toml writes its values ("20m").
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string key_text(const std::string& key) { return is_bare_key(key) ? key : quoted(key); }

std::string value_text(const json& value) {
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_integer()) return value.dump();
  if (value.is_number_float()) {
    std::string text = value.dump();
    return text.find_first_of(".eE") == std::string::npos ? text + ".0" : text;
  }
  if (value.is_string()) return quoted(value.get<std::string>());
  if (value.is_null()) return "{ }";  // TOML has no null: the loader names the type
  std::string out = value.is_array() ? "[" : "{ ";
  bool first = true;
  for (const auto& [key, element] : value.items()) {
    if (!first) out += ", ";
    first = false;
    if (value.is_object()) out += key_text(key) + " = ";
    out += value_text(element);
  }
  return out + (value.is_array() ? "]" : " }");
}

/// One table's lines: schema keys in config.toml's order, then the rest.
std::string table_text(const std::string& table, const json& keys) {
  std::string out = "[" + key_text(table) + "]\n";
  std::vector<std::string> done;
  for (const ConfigKey& k : config_schema()) {
    const std::string key(k.key);
    if (k.table != table || !keys.contains(key)) continue;
    out += key + " = " + value_text(keys[key]) + "\n";
    done.push_back(key);
  }
  for (const auto& [key, value] : keys.items())
    if (std::find(done.begin(), done.end(), key) == done.end())
      out += key_text(key) + " = " + value_text(value) + "\n";
  return out;
}

}  // namespace

nlohmann::json settings_to_values(const Settings& s) {
  json out = json::object();
  for (const ConfigKey& k : config_schema())
    out[std::string(k.table)][std::string(k.key)] = k.write(s);
  return out;
}

nlohmann::json toml_to_values(const std::string& text, std::string& error) {
  try {
    return node_to_json(toml::parse(std::string_view(text)));
  } catch (const toml::parse_error& e) {
    error = parse_error_text(e, text);
    return nullptr;
  }
}

std::string values_to_toml(const nlohmann::json& values) {
  std::string out =
      "# Written by the Unknot settings dialog; these keys override config.toml.\n"
      "# Edit config.toml for anything else (this file is rewritten on Save).\n";
  // Root values (never valid, but the loader must see them to name them)
  // come before any [table], or TOML would put them inside it.
  for (const auto& [key, value] : values.items())
    if (!value.is_object()) out += key_text(key) + " = " + value_text(value) + "\n";
  std::vector<std::string> done;
  for (const std::string_view table : config_tables()) {
    const std::string name(table);
    if (!values.contains(name) || !values[name].is_object()) continue;
    out += "\n" + table_text(name, values[name]);
    done.push_back(name);
  }
  for (const auto& [table, keys] : values.items())
    if (keys.is_object() && std::find(done.begin(), done.end(), table) == done.end())
      out += "\n" + table_text(table, keys);
  return out;
}

void merge_values(nlohmann::json& into, const nlohmann::json& set) {
  if (!into.is_object()) into = json::object();
  for (const auto& [table, keys] : set.items()) {
    json& target = into[table];
    if (!keys.is_object() || !target.is_object()) {
      target = keys;  // not a table: the loader will say so
      continue;
    }
    for (const auto& [key, value] : keys.items()) {
      if (value.is_null())
        target.erase(key);  // null: back to what config.toml says
      else
        target[key] = value;
    }
    if (target.empty()) into.erase(table);
  }
}

}  // namespace unknot
