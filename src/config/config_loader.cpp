// The layers: built-in defaults < the first system file found < the user file
// < the settings dialog's managed file.
#include "config/config_loader.hpp"

#include "config/read_file.hpp"

namespace unknot {

namespace {

/// Parses one file on top of `into`, keeping every diagnostic.
void apply_file(const std::filesystem::path& file, const ConfigLayer& layer, LoadedConfig& into) {
  std::string why;
  const auto text = read_text_file(file, why);
  if (!text) {
    into.diagnostics.push_back(
        {file.string(), 0, 0, Diagnostic::Severity::error, "cannot read config file: " + why});
    into.unusable_files.push_back(file.string());
    return;
  }
  LoadedConfig loaded = parse_config_text(*text, file.string(), into.settings, layer);
  into.settings = loaded.settings;
  into.diagnostics.insert(into.diagnostics.end(), loaded.diagnostics.begin(),
                          loaded.diagnostics.end());
  into.files_read.push_back(file);
  into.unusable_files.insert(into.unusable_files.end(), loaded.unusable_files.begin(),
                             loaded.unusable_files.end());
  if (layer.system) {
    into.locked = std::move(loaded.locked);
    into.locked_by = std::move(loaded.locked_by);
  }
}

}  // namespace

LoadedConfig load_config(const ConfigPaths& paths) {
  LoadedConfig out;
  std::error_code ec;
  for (const auto& file : paths.system_files) {
    if (!std::filesystem::exists(file, ec)) continue;
    apply_file(file, ConfigLayer{.system = true, .locked = {}, .locked_by = {}}, out);
    break;  // INTERFACE.md: the first system file found wins
  }
  const ConfigLayer user{.system = false, .locked = out.locked, .locked_by = out.locked_by};
  // No user file yet: the defaults are the config.
  if (!paths.user_file.empty() &&
      (paths.user_file_explicit || std::filesystem::exists(paths.user_file, ec)))
    apply_file(paths.user_file, user, out);
  if (!paths.managed_file.empty() && std::filesystem::exists(paths.managed_file, ec))
    apply_file(paths.managed_file, user, out);
  return out;
}

}  // namespace unknot
