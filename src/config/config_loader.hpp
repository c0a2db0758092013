#pragma once
// Layered config: built-in defaults < system file(s) < user file.
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
};

struct LoadedConfig {
  Settings settings;          ///< valid only when !has_errors(diagnostics)
  Diagnostics diagnostics;
  std::vector<std::filesystem::path> files_read;
  [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
};

/// Loads every layer. On any error, `settings` still holds the best effort,
/// but callers keep their previous good settings (ok() is false).
LoadedConfig load_config(const ConfigPaths& paths);

/// Parses one TOML document (as if read from `path`) on top of `base`; the
/// building block of load_config, exposed for tests and the settings dialog.
LoadedConfig parse_config_text(const std::string& text, const std::string& path,
                               const Settings& base);

}  // namespace unknot
