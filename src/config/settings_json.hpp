#pragma once
// The settings dialog's view of the config: Settings as JSON values keyed
// exactly like config.toml ({"micro": {"every": "20m"}}), and back to TOML.
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "core/settings.hpp"

namespace unknot {

/// Every config key's effective value, tables and keys as in config.toml;
/// durations as text ("20m", "1h30m"), times as "HH:MM", days as "HH:MM-HH:MM" or "".
nlohmann::json settings_to_values(const Settings& settings);

/// The values of a TOML document (the managed file): {table: {key: value}};
/// null with `error` set when the text is not TOML.
nlohmann::json toml_to_values(const std::string& text, std::string& error);

/// TOML text holding exactly `values` ({table: {key: value}}): known tables
/// and keys first, in config.toml's order, anything else after (so the
/// loader can name it).
std::string values_to_toml(const nlohmann::json& values);

/// Copies every key of `set` into `into`, table by table: keys set earlier
/// and not named in `set` stay.
void merge_values(nlohmann::json& into, const nlohmann::json& set);

}  // namespace unknot
