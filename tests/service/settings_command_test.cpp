// The daemon's view of the settings dialog's file: where it lives, that it is
// watched, and that a change written through update_managed_settings reaches
// the settings in force on the next reload (what `settings {"set"}` does).
#include <algorithm>

#include <catch2/catch.hpp>

#include "config/settings_json.hpp"
#include "config/settings_update.hpp"
#include "platform/atomic_file.hpp"
#include "service/live_config.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::SettingsUpdate;
using unknot::test::TempHome;

namespace {
unknot::DaemonOptions options_in(const TempHome& home) {
  unknot::DaemonOptions options;
  options.routine_dirs = {home.root() / "routines"};
  return options;
}
}  // namespace

TEST_CASE("the managed file sits in XDG_CONFIG_HOME and is watched like config.toml") {
  TempHome home;
  const auto sources = unknot::config_sources(options_in(home));
  CHECK(sources.config.managed_file == home.config_home() / "unknot/settings.toml");
  const auto watched = sources.watched_paths();
  CHECK(std::find(watched.begin(), watched.end(), sources.config.managed_file) != watched.end());
}

TEST_CASE("a set reaches the settings in force on reload, a refused one changes nothing") {
  TempHome home;
  home.write("config/unknot/config.toml", "[micro]\nevery = \"10m\"\n");
  unknot::LiveConfig config(unknot::config_sources(options_in(home)));
  REQUIRE(config.settings().micro.every == 10min);
  const auto& paths = config.sources().config;

  const auto refused = unknot::update_managed_settings(paths, {{"micro", {{"every", "soon"}}}},
                                                       unknot::write_file_atomically);
  CHECK(refused.outcome == SettingsUpdate::Outcome::refused);
  CHECK(refused.message.find(paths.managed_file.string() + ":5:") == 0);  // after 2 comments
  CHECK(refused.message.find(": error: micro.every") != std::string::npos);
  CHECK_FALSE(config.reload().settings_changed);

  REQUIRE(unknot::update_managed_settings(paths, {{"micro", {{"every", "25m"}}}},
                                          unknot::write_file_atomically)
              .outcome == SettingsUpdate::Outcome::written);
  const auto result = config.reload();
  CHECK(result.ok());
  CHECK(result.settings_changed);
  CHECK(config.settings().micro.every == 25min);
  CHECK(unknot::settings_to_values(config.settings())["micro"]["every"] == "25m");
}

TEST_CASE("a broken managed file does not stop the daemon from starting") {
  TempHome home;
  home.write("config/unknot/settings.toml", "[micro\n");
  unknot::LiveConfig config(unknot::config_sources(options_in(home)));
  CHECK(config.settings() == unknot::Settings{});
  CHECK(has_errors(config.startup_diagnostics()));
}
