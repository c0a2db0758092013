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

std::string describe(const ConfigOutcome& outcome, bool reload) {
  if (!outcome.unusable_files.empty()) {
    std::string files;
    for (const auto& file : outcome.unusable_files) files += (files.empty() ? "" : ", ") + file;
    return reload ? files + " cannot be read as TOML: the settings in force stay as they were"
                  : files + " cannot be read as TOML: none of its keys apply";
  }
  if (outcome.errors)
    return "config has errors: each key with an error is left out (the defaults, or the "
           "system file, apply there); every other key is in force";
  return {};
}

LiveConfig::LiveConfig(ConfigSources sources) : sources_(std::move(sources)) {
  LoadedConfig loaded = load_config(sources_.config);
  startup_diagnostics_ = loaded.diagnostics;
  startup_outcome_ = {.errors = !loaded.ok(), .unusable_files = loaded.unusable_files};
  settings_ = loaded.settings;  // sound even with errors: the bad keys are left out
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
  result.config = {.errors = !loaded.ok(), .unusable_files = loaded.unusable_files};
  if (loaded.unusable_files.empty() && !(loaded.settings == settings_)) {
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
