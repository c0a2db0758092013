// The managed file is only ever replaced by text the loader has read cleanly,
// so a change the dialog sends can never break the daemon's next start.
#include "config/settings_update.hpp"

#include <algorithm>

#include "config/read_file.hpp"
#include "config/settings_json.hpp"

namespace unknot {

namespace {

using nlohmann::json;

SettingsUpdate refused(std::string message) {
  return {SettingsUpdate::Outcome::refused, std::move(message)};
}

bool is_locked(const std::vector<std::string>& locked, const std::string& table,
               const std::string& key) {
  return std::find(locked.begin(), locked.end(), table) != locked.end() ||
         std::find(locked.begin(), locked.end(), table + "." + key) != locked.end();
}

/// One line per key of `set` that the system file locked.
std::string locked_lines(const json& set, const LoadedConfig& below) {
  std::string out;
  for (const auto& [table, keys] : set.items()) {
    if (!keys.is_object()) continue;
    for (const auto& [key, value] : keys.items())
      if (is_locked(below.locked, table, key))
        out += (out.empty() ? "" : "\n") + table + "." + key + ": locked by " + below.locked_by +
               "; not changed";
  }
  return out;
}

/// What the managed file holds now, minus keys locked since (they do nothing).
json current_values(const std::filesystem::path& file, const std::vector<std::string>& locked) {
  std::string why;
  const auto text = read_text_file(file, why);
  // A missing or hand-broken file starts afresh; the broken one stays as the backup.
  json values = text ? toml_to_values(*text, why) : json::object();
  if (!values.is_object()) return json::object();
  for (auto& [table, keys] : values.items()) {
    if (!keys.is_object()) continue;
    for (auto it = keys.begin(); it != keys.end();)
      it = is_locked(locked, table, it.key()) ? keys.erase(it) : std::next(it);
  }
  return values;
}

/// True when `set` names a table or key config.toml does not have.
bool names_unknown_key(const json& set) {
  const auto& known = config_key_names();
  for (const auto& [table, keys] : set.items()) {
    if (!keys.is_object()) return true;
    for (const auto& [key, value] : keys.items())
      if (std::find(known.begin(), known.end(), table + "." + key) == known.end()) return true;
  }
  return false;
}

std::string diagnostic_lines(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += (out.empty() ? "" : "\n") + d.to_string();
  return out;
}

}  // namespace

SettingsUpdate update_managed_settings(const ConfigPaths& paths, const json& set,
                                       const FileWriter& write) {
  if (!set.is_object())
    return refused(
        "settings: `set` must be an object of tables, e.g. {\"micro\": {\"every\": "
        "\"25m\"}}");
  if (paths.managed_file.empty()) return refused("settings: no settings file is in use");
  ConfigPaths lower = paths;
  lower.managed_file.clear();
  const LoadedConfig below = load_config(lower);
  if (std::string lines = locked_lines(set, below); !lines.empty()) return refused(lines);
  json values = current_values(paths.managed_file, below.locked);
  merge_values(values, set);
  const std::string text = values_to_toml(values);
  const ConfigLayer layer{.system = false, .locked = below.locked, .locked_by = below.locked_by};
  const LoadedConfig candidate =
      parse_config_text(text, paths.managed_file.string(), below.settings, layer);
  // Errors, and a key the loader would skip: a warning ("very short") alone is
  // the user's call, as it is in config.toml.
  if (has_errors(candidate.diagnostics) || names_unknown_key(set))
    return refused(diagnostic_lines(candidate.diagnostics));
  std::string error;
  if (!write(paths.managed_file, text, error)) return {SettingsUpdate::Outcome::failed, error};
  return {SettingsUpdate::Outcome::written, {}};
}

Diagnostics check_values(const json& set, const std::string& path) {
  json values = json::object();
  merge_values(values, set);
  return parse_config_text(values_to_toml(values), path, Settings{}).diagnostics;
}

}  // namespace unknot
