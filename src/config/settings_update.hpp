#pragma once
// `settings {"set": ...}`: checks a change with the real loader, then writes
// it to the managed file (above config.toml), merged with what it held.
#include <string>

#include <nlohmann/json.hpp>

#include "config/config_loader.hpp"

namespace unknot {

struct SettingsUpdate {
  enum class Outcome { written, refused, failed };
  Outcome outcome = Outcome::refused;
  /// refused: the loader's diagnostics, one `PATH:LINE:COL: severity: ...` a
  /// line (or why a key cannot be set); failed: what could not be written.
  std::string message;
};

/// Validates `set` ({table: {key: value}}; a null value removes the key) on
/// top of the layers below the managed file, exactly as load_config would
/// read the result, and writes paths.managed_file when it has no error and
/// names no unknown key (warnings alone pass). Keys the system file locked
/// are refused.
SettingsUpdate update_managed_settings(const ConfigPaths& paths, const nlohmann::json& set);

/// The loader's diagnostics for `set` read alone on the built-in defaults, as
/// if it were `path`: the settings dialog's as-you-type check.
Diagnostics check_values(const nlohmann::json& set, const std::string& path);

}  // namespace unknot
