#pragma once
// Layered config: built-in defaults < system file(s) < user file < the
// settings dialog's managed file.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/diagnostic.hpp"
#include "core/settings.hpp"

namespace unknot {

struct ConfigPaths {
  /// Candidate system files, most important first ($XDG_CONFIG_DIRS order);
  /// the first that exists is used (INTERFACE.md: first hit wins).
  std::vector<std::filesystem::path> system_files;
  /// The user's file ($XDG_CONFIG_HOME/unknot/config.toml or --config FILE).
  std::filesystem::path user_file;
  /// True when user_file came from --config (a missing file is then an error).
  bool user_file_explicit = false;
  /// The file the settings dialog writes ($XDG_CONFIG_HOME/unknot/settings.toml),
  /// read after user_file when it exists; empty = none.
  std::filesystem::path managed_file;
};

struct LoadedConfig {
  /// Every key free of errors; a key with an error keeps the value of the
  /// layers below (in the end the built-in default). Always sound: a break
  /// never lasts longer than its interval.
  Settings settings;
  Diagnostics diagnostics;
  std::vector<std::filesystem::path> files_read;
  /// Files none of whose keys apply: unreadable, or not TOML (a syntax error).
  std::vector<std::string> unusable_files;
  /// Keys ("micro.every") or whole tables ("micro") the system file locked.
  std::vector<std::string> locked;
  /// The system file that locked them (empty when nothing is locked).
  std::string locked_by;
  [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
};

/// Loads every layer. A key with an error is left out, and only that key:
/// one bad `duration` never costs the user the `every` beside it.
LoadedConfig load_config(const ConfigPaths& paths);

/// Parses one TOML document (as if read from `path`) on top of `base`; the
/// building block of load_config, exposed for tests and the settings dialog.
LoadedConfig parse_config_text(const std::string& text, const std::string& path,
                               const Settings& base);

/// What a layer may do beyond setting keys.
struct ConfigLayer {
  /// The administrator's file: its top-level `locked` list is read.
  bool system = false;
  /// Keys or tables locked by the system file: set here, they are ignored.
  std::vector<std::string> locked;
  /// The system file's path, named in the "locked" warning.
  std::string locked_by;
};

/// parse_config_text for one layer of load_config (system file or user file).
LoadedConfig parse_config_text(const std::string& text, const std::string& path,
                               const Settings& base, const ConfigLayer& layer);

/// Every config key as "table.key", in the order config/config.toml lists them.
const std::vector<std::string>& config_key_names();

}  // namespace unknot
