// [meetings] fullscreen_classes and fullscreen_ignore: which fullscreen
// windows count as presenting, with the loader's usual diagnostics.
#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "config/settings_json.hpp"

using unknot::Settings;

namespace {

unknot::LoadedConfig parse(const std::string& text) {
  return unknot::parse_config_text(text, "cfg.toml", Settings{});
}

std::vector<std::string> lines(const unknot::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.to_string());
  return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("by default every fullscreen window counts but video players'") {
  const Settings defaults;
  CHECK(defaults.meetings.fullscreen_classes.empty());
  CHECK(defaults.meetings.fullscreen_ignore ==
        Names{"mpv", "vlc", "totem", "celluloid", "smplayer", "kodi"});
}

TEST_CASE("fullscreen_classes and fullscreen_ignore replace the lists they name") {
  const auto loaded = parse(
      "[meetings]\nfullscreen_classes = [\"zoom\", \"Firefox-esr\"]\nfullscreen_ignore = []\n");
  REQUIRE(lines(loaded.diagnostics).empty());
  CHECK(loaded.settings.meetings.fullscreen_classes == Names{"zoom", "Firefox-esr"});
  CHECK(loaded.settings.meetings.fullscreen_ignore.empty());

  // A later layer that sets only one list keeps the other from below.
  const auto layered = unknot::parse_config_text("[meetings]\nfullscreen_ignore = [\"mpv\"]\n",
                                                 "user.toml", loaded.settings);
  CHECK(layered.settings.meetings.fullscreen_classes == Names{"zoom", "Firefox-esr"});
  CHECK(layered.settings.meetings.fullscreen_ignore == Names{"mpv"});
}

TEST_CASE("a class list of the wrong shape is an error at the value, and the list stays") {
  const auto loaded =
      parse("[meetings]\nfullscreen_ignore = \"mpv\"\nfullscreen_classes = [\"zoom\", 3]\n");
  CHECK(lines(loaded.diagnostics) ==
        Names{"cfg.toml:2:21: error: meetings.fullscreen_ignore: expected an array of strings, "
              "got \"mpv\"",
              "cfg.toml:3:31: error: meetings.fullscreen_classes: expected a string, got 3"});
  CHECK_FALSE(loaded.ok());
  CHECK(loaded.settings.meetings == unknot::MeetingSettings{});
}

TEST_CASE("a misspelt class-list key gets a suggestion") {
  const auto loaded = parse("[meetings]\nfullscreen_ignored = [\"mpv\"]\nfullscreen_class = []\n");
  CHECK(lines(loaded.diagnostics) ==
        Names{"cfg.toml:2:1: warning: unknown key `fullscreen_ignored` in [meetings]; did you "
              "mean `fullscreen_ignore`?",
              "cfg.toml:3:1: warning: unknown key `fullscreen_class` in [meetings]; did you mean "
              "`fullscreen_classes`?"});
  CHECK(loaded.ok());
  CHECK(loaded.settings == Settings{});
}

TEST_CASE("the settings dialog's file keeps both class lists") {
  Settings wanted;
  wanted.meetings.fullscreen_classes = {"zoom", "obs"};
  wanted.meetings.fullscreen_ignore = {};
  const auto values = unknot::settings_to_values(wanted);
  CHECK(values["meetings"]["fullscreen_classes"] == nlohmann::json{"zoom", "obs"});
  const auto loaded =
      unknot::parse_config_text(unknot::values_to_toml(values), "settings.toml", Settings{});
  CHECK(lines(loaded.diagnostics).empty());
  CHECK(loaded.settings.meetings == wanted.meetings);
}
