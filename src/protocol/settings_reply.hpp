#pragma once
// The `settings` reply: the common settings in force, which keys the system
// file locked, the files involved and the known body areas, for the settings
// dialog and the wx tray.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/time.hpp"

namespace unknot {

/// One exercise of the library, for the dialog's "never show" list.
struct ExerciseChoice {
  std::string id;
  std::string title;  ///< in the user's language where the library has it
  friend bool operator==(const ExerciseChoice&, const ExerciseChoice&) = default;
};

struct SettingsReply {
  /// {table: {key: value}} as config.toml spells the values ("20m"): the
  /// config schema's own form (config/settings_json.hpp), passed through whole.
  nlohmann::json values = nlohmann::json::object();
  std::vector<std::string> locked;        ///< "table" or "table.key"
  std::string config_file;                ///< the user's config.toml
  std::string managed_file;               ///< the settings dialog's own file above it
  std::string routines_dir;               ///< the user's routine folder
  std::vector<std::string> areas;         ///< the body areas exercises may name
  std::vector<std::string> equipment;     ///< what the library's exercises use, besides none
  std::vector<ExerciseChoice> exercises;  ///< the library's exercises, by title
  friend bool operator==(const SettingsReply&, const SettingsReply&) = default;
};

/// {"values", "locked", "files": {"config", "managed", "routines"}, "areas",
///  "equipment", "exercises": [{"id", "title"}]}.
void to_json(nlohmann::json& out, const SettingsReply& reply);
/// The reverse, defensively (missing fields stay empty).
void from_json(const nlohmann::json& in, SettingsReply& reply);

/// `values[table][key]`, or null.
const nlohmann::json& setting(const nlohmann::json& values, const char* table, const char* key);
/// A duration value: "20m", "1h30m", "45s" or a number of seconds; nullopt when unreadable.
std::optional<Duration> duration_value(const nlohmann::json& value);

}  // namespace unknot
