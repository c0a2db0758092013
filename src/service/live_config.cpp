#include "service/live_config.hpp"

#include "core/language.hpp"
#include "platform/i18n.hpp"
#include "platform/paths.hpp"

namespace unknot {

std::vector<std::filesystem::path> ConfigSources::watched_paths() const {
  std::vector<std::filesystem::path> paths = config.system_files;
  paths.push_back(config.user_file);
  if (!config.managed_file.empty()) paths.push_back(config.managed_file);
  paths.insert(paths.end(), routine_dirs.begin(), routine_dirs.end());
  return paths;
}

ConfigSources config_sources(const DaemonOptions& options) {
  ConfigSources sources;
  sources.config.system_files = system_config_files();
  sources.config.user_file = options.config_file.value_or(user_config_file());
  sources.config.user_file_explicit = options.config_file.has_value();
  sources.config.managed_file = user_config_file().parent_path() / "settings.toml";
  sources.routine_dirs =
      options.routine_dirs.empty() ? default_routine_dirs() : options.routine_dirs;
  return sources;
}

LiveConfig::LiveConfig(ConfigSources sources) : sources_(std::move(sources)) {
  LoadedConfig loaded = load_config(sources_.config);
  startup_diagnostics_ = loaded.diagnostics;
  if (loaded.ok()) {
    settings_ = loaded.settings;
  } else {
    ConfigPaths system_only = sources_.config;
    system_only.user_file.clear();
    system_only.managed_file.clear();
    system_only.user_file_explicit = false;
    LoadedConfig fallback = load_config(system_only);
    if (fallback.ok()) settings_ = fallback.settings;
  }
  LoadedLibrary library = load_library(sources_.routine_dirs);
  startup_diagnostics_.insert(startup_diagnostics_.end(), library.diagnostics.begin(),
                              library.diagnostics.end());
  keep_languages(library.library, process_languages());
  library_ = std::move(library.library);  // broken files were skipped, the rest is usable
}

LiveConfig::ReloadResult LiveConfig::reload() {
  ReloadResult result;
  LoadedConfig loaded = load_config(sources_.config);
  result.diagnostics = loaded.diagnostics;
  if (loaded.ok() && !(loaded.settings == settings_)) {
    settings_ = loaded.settings;
    result.settings_changed = true;
  }
  LoadedLibrary library = load_library(sources_.routine_dirs);
  keep_languages(library.library, process_languages());
  result.diagnostics.insert(result.diagnostics.end(), library.diagnostics.begin(),
                            library.diagnostics.end());
  // A routine file being edited may be broken for a moment: keep the library
  // in force until every file loads cleanly again.
  if (library.ok() && !(library.library == library_)) {
    library_ = std::move(library.library);
    result.library_changed = true;
  }
  return result;
}

}  // namespace unknot
