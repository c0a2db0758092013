// Layers (defaults < system file < user file), locked keys, missing files and
// the shipped config/config.toml.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::ConfigPaths;
using unknot::Settings;
using unknot::test::TempHome;

namespace {

using unknot::test::lines;

using Lines = std::vector<std::string>;

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
  return paths;
}

}  // namespace

TEST_CASE("the user file overrides the system file, which overrides the defaults") {
  TempHome home;
  const auto system = home.write("xdg/unknot/config.toml",
                                 "[micro]\nevery = \"25m\"\n[rest]\nduration = \"10m\"\n");
  const auto user = home.write("config/unknot/config.toml", "[micro]\nevery = \"15m\"\n");
  const auto loaded = unknot::load_config(paths_in(home));
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.ok());
  CHECK(loaded.settings.micro.every == 15min);
  CHECK(loaded.settings.rest.duration == 10min);
  CHECK(loaded.settings.rest.every == 50min);
  CHECK(loaded.files_read == std::vector<std::filesystem::path>{system, user});
}

TEST_CASE("only the first system file found is read") {
  TempHome home;
  auto paths = paths_in(home);
  paths.system_files = {home.root() / "missing/unknot/config.toml",
                        home.root() / "first/unknot/config.toml",
                        home.root() / "second/unknot/config.toml"};
  home.write("first/unknot/config.toml", "[snooze]\nmax = 1\n");
  home.write("second/unknot/config.toml", "[snooze]\nmax = 2\n[micro]\nenabled = false\n");
  const auto loaded = unknot::load_config(paths);
  CHECK(loaded.settings.snooze.max == 1);
  CHECK(loaded.settings.micro.enabled);
}

TEST_CASE("a key locked by the administrator is ignored in the user file, with a warning") {
  TempHome home;
  const auto system = home.write("xdg/unknot/config.toml",
                                 "locked = [\"micro.every\", \"breaks\"]\n[micro]\nevery = "
                                 "\"30m\"\n[breaks]\nstrict = true\n");
  const auto user = home.write("config/unknot/config.toml",
                               "[micro]\nevery = \"2h\"\nduration = \"1m\"\n[breaks]\n"
                               "strict = false\n");
  const auto loaded = unknot::load_config(paths_in(home));
  const std::string locked_by =
      "is locked by the administrator in " + system.string() + "; ignored";
  CHECK(lines(loaded.diagnostics) ==
        Lines{user.string() + ":2:1: warning: micro.every " + locked_by,
              user.string() + ":5:1: warning: breaks.strict " + locked_by});
  CHECK(loaded.ok());
  CHECK(loaded.settings.micro.every == 30min);
  CHECK(loaded.settings.micro.duration == 1min);  // not locked: the user's value applies
  CHECK(loaded.settings.breaks.strict);
  CHECK(loaded.locked == std::vector<std::string>{"micro.every", "breaks"});
  CHECK(loaded.locked_by == system.string());
}

TEST_CASE("an unknown name in `locked` is a warning in the system file") {
  TempHome home;
  const auto system = home.write("xdg/unknot/config.toml", "locked = [\"micro.evry\", 3]\n");
  const auto loaded = unknot::load_config(paths_in(home));
  CHECK(lines(loaded.diagnostics) ==
        Lines{system.string() + ":1:25: error: locked: expected a string, got 3"});
  const auto again =
      unknot::parse_config_text("locked = [\"micro.evry\"]\n", "sys.toml", Settings{},
                                unknot::ConfigLayer{.system = true, .locked = {}, .locked_by = {}});
  CHECK(lines(again.diagnostics) ==
        Lines{"sys.toml:1:11: warning: locked: unknown key `micro.evry`; did you mean "
              "`micro.every`?"});
  CHECK(again.locked.empty());
}

TEST_CASE("`locked` in the user's own file has no effect and says so") {
  const auto loaded =
      unknot::parse_config_text("locked = [\"micro.every\"]\n", "user.toml", Settings{});
  CHECK(lines(loaded.diagnostics) ==
        Lines{"user.toml:1:1: warning: `locked` only has an effect in the system config file; "
              "ignored"});
}

TEST_CASE("no config files at all gives the built-in defaults without a word") {
  TempHome home;
  const auto loaded = unknot::load_config(paths_in(home));
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.files_read.empty());
  CHECK(loaded.settings == Settings{});
}

TEST_CASE("a missing --config file is an error naming it") {
  TempHome home;
  auto paths = paths_in(home);
  paths.user_file = home.root() / "nowhere.toml";
  paths.user_file_explicit = true;
  const auto loaded = unknot::load_config(paths);
  CHECK(lines(loaded.diagnostics) ==
        Lines{paths.user_file.string() +
              ": error: cannot read config file: No such file or directory"});
  CHECK_FALSE(loaded.ok());
}

TEST_CASE("an error in either layer costs only its key, the file is left as it was") {
  TempHome home;
  home.write("xdg/unknot/config.toml", "[rest]\nevery = \"40m\"\n[micro]\nduration = \"30s\"\n");
  const std::string broken = "[micro]\nevery = \"10m\"\nduration = \"oops\"\n";
  const auto user = home.write("config/unknot/config.toml", broken);
  auto loaded = unknot::load_config(paths_in(home));
  CHECK_FALSE(loaded.ok());
  CHECK(lines(loaded.diagnostics).size() == 1);
  CHECK(loaded.settings.micro.every == 10min);   // the user's valid key
  CHECK(loaded.settings.micro.duration == 30s);  // the bad one: the system file's
  CHECK(loaded.settings.rest.every == 40min);
  CHECK(read(user) == broken);  // diagnostics only: the user's file is never rewritten

  std::filesystem::remove(user);
  home.write("xdg/unknot/config.toml", "[snooze]\nmax = \"many\"\nduration = \"2m\"\n");
  loaded = unknot::load_config(paths_in(home));
  CHECK_FALSE(loaded.ok());
  CHECK(loaded.settings.snooze.duration == 2min);
}

TEST_CASE("a layer that is not TOML is unusable, the layers around it still apply") {
  TempHome home;
  home.write("xdg/unknot/config.toml", "[rest]\nevery = \"40m\"\n");
  const auto user = home.write("config/unknot/config.toml", "[micro]\nevery = \"10m\n");
  const auto loaded = unknot::load_config(paths_in(home));
  CHECK(loaded.unusable_files == std::vector<std::string>{user.string()});
  CHECK(loaded.settings.rest.every == 40min);
  CHECK(loaded.settings.micro.every == Settings{}.micro.every);
}

TEST_CASE("the shipped config/config.toml loads to exactly the built-in defaults") {
  const std::filesystem::path shipped =
      std::filesystem::path(UNKNOT_SOURCE_DIR) / "config/config.toml";
  ConfigPaths paths;
  paths.user_file = shipped;
  paths.user_file_explicit = true;
  const auto loaded = unknot::load_config(paths);
  CHECK(lines(loaded.diagnostics).empty());
  CHECK(loaded.settings == Settings{});
}

TEST_CASE("the shipped config/config.toml documents every key") {
  const std::string text = read(std::filesystem::path(UNKNOT_SOURCE_DIR) / "config/config.toml");
  for (const std::string& dotted : unknot::config_key_names()) {
    const auto dot = dotted.find('.');
    const std::string header = "\n[" + dotted.substr(0, dot) + "]";
    const auto table_at = text.find(header);
    INFO(dotted);
    REQUIRE(table_at != std::string::npos);
    const auto next_table = text.find("\n[", table_at + 1);
    const auto key_at = text.find("\n" + dotted.substr(dot + 1) + " = ", table_at);
    CHECK(key_at < next_table);
  }
}

TEST_CASE("every key takes effect") {
  // Also guards the shipped-config test: a key that was read but never
  // applied would leave its default in place there and pass unnoticed.
  const auto loaded = unknot::parse_config_text(
      "[micro]\nenabled = false\nevery = \"21m\"\nduration = \"31s\"\n"
      "[rest]\nenabled = false\nevery = \"51m\"\nduration = \"6m\"\n"
      "[daily]\nenabled = true\nlimit = \"7h\"\nday_starts = \"05:30\"\n"
      "[snooze]\nduration = \"4m\"\nmax = 0\n"
      "[breaks]\nstrict = true\nstyle = \"both\"\nwarning = \"1m\"\n"
      "[idle]\nthreshold = \"20s\"\nsitting_reset = \"6m\"\n"
      "[meetings]\ncamera = false\nmicrophone = false\nfullscreen = false\ndnd = false\n"
      "calendar = \"/tmp/cal.ics\"\ngrace = \"3m\"\nfullscreen_classes = [\"zoom\"]\n"
      "fullscreen_ignore = []\n"
      "[working_hours]\nonly_inside = true\nmonday = \"\"\ntuesday = \"\"\nwednesday = \"\"\n"
      "thursday = \"\"\nfriday = \"\"\nsaturday = \"09:00-10:00\"\nsunday = \"09:00-10:00\"\n"
      "[exercises]\nfocus_areas = [\"neck\"]\nposition = \"standing\"\nequipment = [\"wall\"]\n"
      "disabled = [\"x\"]\n",
      "all.toml", Settings{});
  REQUIRE(loaded.diagnostics.empty());
  const Settings& s = loaded.settings;
  const Settings d;
  CHECK(s.micro != d.micro);
  CHECK(s.rest != d.rest);
  CHECK(s.daily.enabled != d.daily.enabled);
  CHECK(s.daily.limit != d.daily.limit);
  CHECK(s.daily.day_starts != d.daily.day_starts);
  CHECK(s.snooze.duration != d.snooze.duration);
  CHECK(s.snooze.max != d.snooze.max);
  CHECK(s.breaks.strict != d.breaks.strict);
  CHECK(s.breaks.style != d.breaks.style);
  CHECK(s.breaks.warning != d.breaks.warning);
  CHECK(s.idle.threshold != d.idle.threshold);
  CHECK(s.idle.sitting_reset != d.idle.sitting_reset);
  CHECK(s.meetings.camera != d.meetings.camera);
  CHECK(s.meetings.microphone != d.meetings.microphone);
  CHECK(s.meetings.fullscreen != d.meetings.fullscreen);
  CHECK(s.meetings.dnd != d.meetings.dnd);
  CHECK(s.meetings.calendar != d.meetings.calendar);
  CHECK(s.meetings.grace != d.meetings.grace);
  CHECK(s.meetings.fullscreen_classes != d.meetings.fullscreen_classes);
  CHECK(s.meetings.fullscreen_ignore != d.meetings.fullscreen_ignore);
  CHECK(s.working_hours.only_inside != d.working_hours.only_inside);
  for (std::size_t day = 0; day < 7; ++day)
    CHECK(s.working_hours.days[day] != d.working_hours.days[day]);
  CHECK(s.exercises.focus_areas != d.exercises.focus_areas);
  CHECK(s.exercises.position != d.exercises.position);
  CHECK(s.exercises.equipment != d.exercises.equipment);
  CHECK(s.exercises.disabled != d.exercises.disabled);
}
