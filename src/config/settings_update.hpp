#pragma once
// `settings {"set": ...}`: checks a change with the real loader, then writes
// it to the managed file (above config.toml), merged with what it held.
#include <filesystem>
#include <functional>
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

/// Replaces a file's content whole or not at all (platform/atomic_file.hpp's
/// write_file_atomically in the daemon); false with `error` set on failure.
using FileWriter = std::function<bool(const std::filesystem::path& file, const std::string& text,
                                      std::string& error)>;

/// Validates `set` ({table: {key: value}}; a null value removes the key) on
/// top of the layers below the managed file, exactly as load_config would
/// read the result, and writes paths.managed_file when it has no error and
/// names no unknown key (warnings alone pass). Keys the system file locked
/// are refused. `write` does the writing, so this room stays free of file-system code.
SettingsUpdate update_managed_settings(const ConfigPaths& paths, const nlohmann::json& set,
                                       const FileWriter& write);

/// The loader's diagnostics for `set` read alone on the built-in defaults, as
/// if it were `path`: the settings dialog's as-you-type check.
Diagnostics check_values(const nlohmann::json& set, const std::string& path);

}  // namespace unknot
