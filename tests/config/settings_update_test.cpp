// update_managed_settings: validated with the real loader, merged, written
// atomically with a backup; refusals write nothing.
#include "config/settings_update.hpp"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "platform/atomic_file.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using nlohmann::json;
using unknot::ConfigPaths;
using unknot::SettingsUpdate;
using unknot::test::TempHome;

namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

ConfigPaths paths_in(const TempHome& home) {
  ConfigPaths paths;
  paths.system_files = {home.config_dirs() / "unknot" / "config.toml"};
  paths.user_file = home.config_home() / "unknot" / "config.toml";
  paths.managed_file = home.config_home() / "unknot" / "settings.toml";
  return paths;
}

unknot::SettingsUpdate update_settings(const unknot::ConfigPaths& paths,
                                       const nlohmann::json& set) {
  return unknot::update_managed_settings(paths, set, unknot::write_file_atomically);
}

}  // namespace

TEST_CASE("a valid set writes the managed file, which overrides config.toml") {
  TempHome home;
  const auto paths = paths_in(home);
  const std::string user = "# mine\n[micro]\nevery = \"15m\"\nduration = \"20s\"\n";
  home.write("config/unknot/config.toml", user);
  const auto update = update_settings(paths, {{"micro", {{"every", "25m"}}}});
  REQUIRE(update.outcome == SettingsUpdate::Outcome::written);
  const auto loaded = unknot::load_config(paths);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.settings.micro.every == 25min);
  CHECK(loaded.settings.micro.duration == 20s);  // config.toml still counts below it
  CHECK(read(paths.user_file) == user);          // config.toml is never rewritten
  CHECK_FALSE(std::filesystem::exists(unknot::backup_path(paths.managed_file)));
}

TEST_CASE("a second set merges and keeps the previous file as the backup") {
  TempHome home;
  const auto paths = paths_in(home);
  REQUIRE(update_settings(paths, {{"micro", {{"every", "25m"}}}}).outcome ==
          SettingsUpdate::Outcome::written);
  const std::string first = read(paths.managed_file);
  REQUIRE(update_settings(paths, {{"breaks", {{"style", "window"}}}}).outcome ==
          SettingsUpdate::Outcome::written);
  CHECK(read(unknot::backup_path(paths.managed_file)) == first);
  const auto loaded = unknot::load_config(paths);
  CHECK(loaded.settings.micro.every == 25min);
  CHECK(loaded.settings.breaks.style == unknot::BreakStyle::window);
}

TEST_CASE("an invalid set is refused with the loader's file:line:col and writes nothing") {
  TempHome home;
  const auto paths = paths_in(home);
  REQUIRE(update_settings(paths, {{"micro", {{"every", "25m"}}}}).outcome ==
          SettingsUpdate::Outcome::written);
  const std::string before = read(paths.managed_file);
  const auto typo = update_settings(paths, {{"micro", {{"evry", "30m"}}}});
  CHECK(typo.outcome == SettingsUpdate::Outcome::refused);
  CHECK(typo.message.find(paths.managed_file.string() + ":") == 0);
  CHECK(typo.message.find("did you mean `every`?") != std::string::npos);
  const auto wrong_type = update_settings(paths, {{"snooze", {{"max", "lots"}}}});
  CHECK(wrong_type.outcome == SettingsUpdate::Outcome::refused);
  CHECK(wrong_type.message.find("error:") != std::string::npos);
  const auto bad_duration = update_settings(paths, {{"micro", {{"every", "20 min"}}}});
  CHECK(bad_duration.outcome == SettingsUpdate::Outcome::refused);
  CHECK(read(paths.managed_file) == before);
  CHECK_FALSE(std::filesystem::exists(unknot::backup_path(paths.managed_file)));
}

TEST_CASE("a warning alone is saved, an unknown key is refused") {
  TempHome home;
  const auto paths = paths_in(home);
  CHECK(update_settings(paths, {{"micro", {{"duration", "3s"}}}}).outcome ==
        SettingsUpdate::Outcome::written);
  CHECK(unknot::load_config(paths).settings.micro.duration == 3s);
  const auto table = update_settings(paths, {{"mikro", {{"every", "3m"}}}});
  CHECK(table.outcome == SettingsUpdate::Outcome::refused);
  CHECK(table.message.find("did you mean `micro`?") != std::string::npos);
}

TEST_CASE("keys the system file locked are refused") {
  TempHome home;
  const auto paths = paths_in(home);
  home.write("xdg/unknot/config.toml", "locked = [\"breaks\", \"micro.every\"]\n");
  const auto key = update_settings(paths, {{"micro", {{"every", "25m"}}}});
  CHECK(key.outcome == SettingsUpdate::Outcome::refused);
  CHECK(key.message.find("micro.every: locked by") == 0);
  const auto table = update_settings(paths, {{"breaks", {{"strict", true}}}});
  CHECK(table.outcome == SettingsUpdate::Outcome::refused);
  CHECK_FALSE(std::filesystem::exists(paths.managed_file));
  CHECK(update_settings(paths, {{"micro", {{"duration", "40s"}}}}).outcome ==
        SettingsUpdate::Outcome::written);
}

TEST_CASE("an unwritable folder fails naming the file and keeps the old one") {
  TempHome home;
  auto paths = paths_in(home);
  home.write("blocked", "a file where a folder should be\n");
  paths.managed_file = home.root() / "blocked/unknot/settings.toml";
  const auto update = update_settings(paths, {{"micro", {{"every", "25m"}}}});
  CHECK(update.outcome == SettingsUpdate::Outcome::failed);
  CHECK(update.message.find("cannot write " + paths.managed_file.string()) == 0);
}

TEST_CASE("check_values gives the loader's message for one field") {
  const auto bad = unknot::check_values({{"micro", {{"every", "20 minutes"}}}}, "settings.toml");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].message.find("micro.every") != std::string::npos);
  CHECK(unknot::check_values({{"micro", {{"every", "1h30m"}}}}, "settings.toml").empty());
}

TEST_CASE("a duration is read by one rule in config.toml and through a settings update") {
  // Digits alone are seconds in both; too many digits, a unit word or a
  // space are refused by both.
  for (const std::string text : {"11111111", "0011", "1500", "111111111111", "20min", "1h 30m"}) {
    TempHome home;
    const auto paths = paths_in(home);
    home.write("config/unknot/config.toml", "[micro]\nevery = \"" + text + "\"\n");
    const auto from_file = unknot::load_config(paths);
    const bool file_accepts = !unknot::has_errors(from_file.diagnostics);
    home.write("config/unknot/config.toml", "");
    const auto update = update_settings(paths, {{"micro", {{"every", text}}}});
    const bool update_accepts = update.outcome == SettingsUpdate::Outcome::written;
    INFO(text << ": file " << file_accepts << ", update " << update_accepts << " "
              << update.message);
    CHECK(file_accepts == update_accepts);
    if (update_accepts)
      CHECK(unknot::load_config(paths).settings.micro.every == from_file.settings.micro.every);
  }
}
