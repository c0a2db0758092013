#pragma once
// The settings and routine library in force, and where they come from.
// A reload that finds errors keeps what was in force: a half-typed edit never
// costs the user their breaks.
#include <filesystem>
#include <vector>

#include "config/config_loader.hpp"
#include "config/routine_loader.hpp"
#include "core/exercise.hpp"
#include "core/settings.hpp"
#include "service/options.hpp"

namespace unknot {

struct ConfigSources {
  ConfigPaths config;
  std::vector<std::filesystem::path> routine_dirs;
  /// Every path whose change should trigger a reload.
  [[nodiscard]] std::vector<std::filesystem::path> watched_paths() const;
};

/// The sources a daemon started with `options` in this environment uses.
ConfigSources config_sources(const DaemonOptions& options);

class LiveConfig {
 public:
  /// Loads everything. With errors in the config, the daemon still starts:
  /// on the system layer alone if that is sound, else on the built-in defaults.
  explicit LiveConfig(ConfigSources sources);

  struct ReloadResult {
    bool settings_changed = false;
    bool library_changed = false;
    Diagnostics diagnostics;  ///< everything found, errors and warnings
    [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
  };
  /// Re-reads every file; applies what is free of errors.
  ReloadResult reload();

  [[nodiscard]] const Settings& settings() const { return settings_; }
  [[nodiscard]] const Library& library() const { return library_; }
  [[nodiscard]] const ConfigSources& sources() const { return sources_; }
  /// Diagnostics of the first load (logged by the daemon at start).
  [[nodiscard]] const Diagnostics& startup_diagnostics() const { return startup_diagnostics_; }

 private:
  ConfigSources sources_;
  Settings settings_;
  Library library_;
  Diagnostics startup_diagnostics_;
};

}  // namespace unknot
