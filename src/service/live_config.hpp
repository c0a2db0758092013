#pragma once
// The settings and routine library in force, and where they come from.
// A key with an error is left out, and only that key: the rest of its file is
// in force. A file that is not TOML at all (a half-typed edit) contributes
// nothing at start-up, and on reload keeps what was in force.
#include <filesystem>
#include <string>
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

/// What became of the config files' errors, for the log and `unknotctl reload`.
struct ConfigOutcome {
  bool errors = false;  ///< some key was left out
  /// Files that are not TOML: none of their keys apply (on reload: the
  /// settings in force were kept).
  std::vector<std::string> unusable_files;
};

/// One line saying what is in force despite the errors; empty when there are
/// none. `reload`: the outcome of a reload rather than of the start-up.
std::string describe(const ConfigOutcome& outcome, bool reload);

class LiveConfig {
 public:
  /// Loads everything. With errors in the config, the daemon still starts, on
  /// every key that is free of them.
  explicit LiveConfig(ConfigSources sources);

  struct ReloadResult {
    bool settings_changed = false;
    bool library_changed = false;
    Diagnostics diagnostics;  ///< everything found, errors and warnings
    ConfigOutcome config;     ///< the config's part (the rest is the routine library's)
    [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
  };
  /// Re-reads every file; applies every key free of errors, unless a config
  /// file could not be parsed at all.
  ReloadResult reload();

  [[nodiscard]] const Settings& settings() const { return settings_; }
  [[nodiscard]] const Library& library() const { return library_; }
  [[nodiscard]] const ConfigSources& sources() const { return sources_; }
  /// Diagnostics of the first load (logged by the daemon at start).
  [[nodiscard]] const Diagnostics& startup_diagnostics() const { return startup_diagnostics_; }
  /// What the first load's config errors left out.
  [[nodiscard]] const ConfigOutcome& startup_outcome() const { return startup_outcome_; }

 private:
  ConfigSources sources_;
  Settings settings_;
  Library library_;
  Diagnostics startup_diagnostics_;
  ConfigOutcome startup_outcome_;
};

}  // namespace unknot
