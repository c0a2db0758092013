// libFuzzer target: the settings dialog's update path. The input is the JSON
// `set` object a client sends with `unknotctl`/the dialog. Whatever it holds,
// the update never crashes, and a file it would write loads again without an
// error (the managed file is only ever replaced by text the loader accepts).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "config/config_loader.hpp"
#include "config/settings_update.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const nlohmann::json set = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (set.is_discarded()) return 0;
  (void)unknot::check_values(set, "settings.toml");

  unknot::ConfigPaths paths;  // no file exists: the update starts from the defaults
  paths.user_file = "/nonexistent/unknot-fuzz/config.toml";
  paths.managed_file = "/nonexistent/unknot-fuzz/settings.toml";
  std::string written;
  const auto update = unknot::update_managed_settings(
      paths, set, [&](const std::filesystem::path&, const std::string& content, std::string&) {
        written = content;
        return true;
      });
  if (update.outcome == unknot::SettingsUpdate::Outcome::written) {
    const auto reread = unknot::parse_config_text(written, "settings.toml", unknot::Settings{});
    if (!reread.ok()) std::abort();
  }
  return 0;
}
