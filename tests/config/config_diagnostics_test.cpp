// Every kind of config diagnostic, with the exact text an editor would show.
#include <catch2/catch.hpp>

#include "config/config_loader.hpp"

using namespace std::chrono_literals;
using unknot::Diagnostics;
using unknot::LoadedConfig;
using unknot::Settings;

namespace {

LoadedConfig parse(const std::string& text) {
  return unknot::parse_config_text(text, "cfg.toml", Settings{});
}

std::vector<std::string> lines(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.to_string());
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a syntax error points at the user's line and leaves the config unusable") {
  const auto loaded = parse("[micro]\nevery = \"20m\"\nduration = \n");
  CHECK(
      lines(loaded.diagnostics) ==
      Lines{"cfg.toml:3:12: error: Error while parsing key-value pair: expected value, saw '\\n'"});
  CHECK_FALSE(loaded.ok());
}

TEST_CASE("a bad value costs only its own key, every other key of the file applies") {
  // `every = "2m"` plus one bad `duration` once gave the default 20m, silently.
  const auto loaded = parse(
      "[micro]\nevery = \"2m\"\nduration = \"30x\"\n[snooze]\nmax = \"many\"\nduration = \"3m\"\n");
  CHECK_FALSE(loaded.ok());
  REQUIRE(loaded.diagnostics.size() == 2);
  CHECK_THAT(lines(loaded.diagnostics)[0],
             Catch::StartsWith("cfg.toml:3:12: error: micro.duration"));
  CHECK_THAT(lines(loaded.diagnostics)[1], Catch::StartsWith("cfg.toml:5:7: error: snooze.max"));
  CHECK(loaded.unusable_files.empty());
  CHECK(loaded.settings.micro.every == 2min);
  CHECK(loaded.settings.micro.duration == Settings{}.micro.duration);
  CHECK(loaded.settings.snooze.max == Settings{}.snooze.max);
  CHECK(loaded.settings.snooze.duration == 3min);
}

TEST_CASE("a file that is not TOML is named as unusable: none of its keys apply") {
  const auto loaded = parse("[micro]\nevery = \"2m\"\nduration = \n");
  CHECK(loaded.unusable_files == std::vector<std::string>{"cfg.toml"});
  CHECK(loaded.settings == Settings{});
}

TEST_CASE("an unquoted duration is a syntax error at the value") {
  const auto loaded = parse("[micro]\nevery = 20m\n");
  CHECK(
      lines(loaded.diagnostics) ==
      Lines{"cfg.toml:2:11: error: Error while parsing decimal integer: expected digit, saw 'm'"});
}

TEST_CASE("a string left open is called unterminated, at the end of its line") {
  const std::string unterminated =
      "unterminated string: the closing quote is missing (a \"...\" string ends on its own "
      "line; use \"\"\"...\"\"\" for text over several lines)";
  CHECK(lines(parse("[micro]\nevery = \"20m\nduration = \"30s\"\n").diagnostics) ==
        Lines{"cfg.toml:2:13: error: " + unterminated});
  CHECK(lines(parse("[micro]\r\nevery = \"20m\r\n").diagnostics).size() == 1);
  CHECK_THAT(lines(parse("[micro]\nevery = \"20m").diagnostics).at(0),
             Catch::Contains("unterminated string"));
  // A control character inside a closed string is a different mistake.
  CHECK_THAT(lines(parse("[micro]\nevery = \"20\x01m\"\n").diagnostics).at(0),
             Catch::Contains("control characters"));
}

TEST_CASE("a misspelt key is a warning with a suggestion, and the rest still applies") {
  const auto loaded = parse("[micro]\nevry = \"10m\"\nduration = \"20s\"\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:1: warning: unknown key `evry` in [micro]; did you mean `every`?"});
  CHECK(loaded.ok());
  CHECK(loaded.settings.micro.every == 20min);  // the misspelt key changed nothing
  CHECK(loaded.settings.micro.duration == 20s);
}

TEST_CASE("misspelt tables and keys outside any table get suggestions") {
  const auto loaded = parse("evry = 3\ncolor = 1\n[mikro]\nevery = \"5m\"\n[snoze]\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:1:1: warning: unknown key `evry`; did you mean `micro.every`?",
              "cfg.toml:2:1: warning: unknown key `color`",
              "cfg.toml:3:2: warning: unknown table [mikro]; did you mean `micro`?",
              "cfg.toml:5:2: warning: unknown table [snoze]; did you mean `snooze`?"});
  CHECK(loaded.ok());
  CHECK(loaded.settings == Settings{});
}

TEST_CASE("a value of the wrong type is an error naming what was expected") {
  const auto loaded = parse(
      "[micro]\nenabled = \"yes\"\n[meetings]\ncalendar = 3\n[snooze]\nmax = \"3\"\n"
      "[exercises]\nequipment = \"wall\"\ndisabled = [\"a\", 2]\n[rest]\nevery = true\n"
      "[daily]\nday_starts = 4\n[breaks]\nwarning = 1.5\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:11: error: micro.enabled: expected true or false, got \"yes\"",
              "cfg.toml:4:12: error: meetings.calendar: expected a string, got 3",
              "cfg.toml:6:7: error: snooze.max: expected 0 (unlimited) or more, got \"3\"",
              "cfg.toml:8:13: error: exercises.equipment: expected an array of strings, got "
              "\"wall\"",
              "cfg.toml:9:18: error: exercises.disabled: expected a string, got 2",
              "cfg.toml:11:9: error: rest.every: expected a duration of at least 1 second (e.g. "
              "\"45s\", \"20m\", \"1h30m\" or whole seconds), got true",
              "cfg.toml:13:14: error: daily.day_starts: expected a time \"HH:MM\" (00:00 to "
              "23:59), got 4",
              "cfg.toml:15:11: error: breaks.warning: expected a duration (e.g. \"45s\", \"20m\", "
              "\"1h30m\" or whole seconds, or 0 for no warning), got 1.5"});
  CHECK_FALSE(loaded.ok());
}

TEST_CASE("a table written as a plain value is an error") {
  CHECK(lines(parse("micro = 5\n").diagnostics) ==
        Lines{"cfg.toml:1:9: error: micro: expected a table ([micro]), got 5"});
}

TEST_CASE("negative, zero and garbage durations are errors with the expected format") {
  const auto loaded = parse(
      "[micro]\nevery = -5\nduration = \"0s\"\n[rest]\nevery = \"20 minutes\"\n"
      "duration = 0\n");
  const std::string expected =
      "expected a duration of at least 1 second (e.g. \"45s\", \"20m\", \"1h30m\" or whole "
      "seconds), got ";
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:9: error: micro.every: " + expected + "-5",
              "cfg.toml:3:12: error: micro.duration: " + expected + "\"0s\"",
              "cfg.toml:5:9: error: rest.every: " + expected + "\"20 minutes\"; did you mean \"20m\"?",
              "cfg.toml:6:12: error: rest.duration: " + expected + "0"});
  CHECK_FALSE(loaded.ok());
}

TEST_CASE("durations read as strings or whole seconds, very short ones warn but apply") {
  const auto loaded = parse(
      "[micro]\nevery = 90\nduration = \"3s\"\n[rest]\nevery = \"1h30m\"\nduration = \"2m\"\n"
      "[breaks]\nwarning = 0\n[meetings]\ngrace = \"0s\"\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:3:12: warning: micro.duration: 3s is very short (under 5 seconds)"});
  CHECK(loaded.ok());
  CHECK(loaded.settings.micro.every == 90s);
  CHECK(loaded.settings.micro.duration == 3s);
  CHECK(loaded.settings.rest.every == 90min);
  CHECK(loaded.settings.breaks.warning == 0s);
  CHECK(loaded.settings.meetings.grace == 0s);
}

TEST_CASE("`every` shorter than `duration` is an error on the `every` line") {
  const auto loaded = parse("[micro]\nduration = \"1m\"\nevery = \"30s\"\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:3:9: error: micro.every (30s) is shorter than micro.duration (1m); "
              "micro.every and micro.duration stay 20m and 30s"});
  CHECK_FALSE(loaded.ok());
  // A break longer than its interval would start again as it ends: the pair
  // gives way to the layers below, the rest of the file applies.
  CHECK(loaded.settings.micro.every == 20min);
  CHECK(loaded.settings.micro.duration == 30s);
}

TEST_CASE("a `duration` longer than the inherited `every` is reported on its own line") {
  const auto loaded = parse("[rest]\nduration = \"1h\"\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:12: error: rest.duration (1h) is longer than rest.every (50m); "
              "rest.every and rest.duration stay 50m and 5m"});
}

TEST_CASE("enum values and times out of range name the allowed values") {
  const auto loaded = parse(
      "[breaks]\nstyle = \"windw\"\n[exercises]\nposition = \"seated\"\n[daily]\n"
      "day_starts = \"25:00\"\n[snooze]\nmax = -1\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:9: error: breaks.style: expected notification, window or both, got "
              "\"windw\"; did you mean `window`?",
              "cfg.toml:4:12: error: exercises.position: expected sitting, standing or either, "
              "got \"seated\"",
              "cfg.toml:6:14: error: daily.day_starts: expected a time \"HH:MM\" (00:00 to "
              "23:59), got \"25:00\"",
              "cfg.toml:8:7: error: snooze.max: expected 0 (unlimited) or more, got -1"});
}

TEST_CASE("working hours are spans per weekday, an empty string is a day off") {
  const auto loaded = parse(
      "[working_hours]\nonly_inside = true\nmonday = \"08:30-16:30\"\nfriday = \"\"\n"
      "saturday = \"10:00-12:00\"\n");
  REQUIRE(loaded.diagnostics.empty());
  const auto& hours = loaded.settings.working_hours;
  CHECK(hours.only_inside);
  REQUIRE(hours.days[0].has_value());
  CHECK(hours.days[0]->start.minutes == 8 * 60 + 30);
  CHECK(hours.days[0]->end.minutes == 16 * 60 + 30);
  CHECK_FALSE(hours.days[4].has_value());
  REQUIRE(hours.days[5].has_value());
  CHECK(hours.days[5]->start.minutes == 10 * 60);
  CHECK(hours.days[1] == unknot::WorkingDay{});  // untouched days keep 09:00-17:00
}

TEST_CASE("malformed or backwards working hours are errors") {
  const auto loaded =
      parse("[working_hours]\nmonday = \"9-5\"\ntuesday = \"17:00-09:00\"\nsundy = \"\"\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:10: error: working_hours.monday: expected \"HH:MM-HH:MM\" or \"\" "
              "(not a working day), got \"9-5\"",
              "cfg.toml:3:11: error: working_hours.tuesday: \"17:00-09:00\" ends before it "
              "starts (spans past midnight are not supported)",
              "cfg.toml:4:1: warning: unknown key `sundy` in [working_hours]; did you mean "
              "`sunday`?"});
}

TEST_CASE("exercise preferences load, an unknown focus area warns with a suggestion") {
  const auto loaded = parse(
      "[exercises]\nfocus_areas = [\"neck\", \"wrsts\"]\nposition = \"sitting\"\n"
      "equipment = [\"tennis-ball\"]\ndisabled = [\"neck-side-tilt\"]\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:24: warning: exercises.focus_areas: unknown body area \"wrsts\"; did "
              "you mean `wrists`?"});
  const auto& prefs = loaded.settings.exercises;
  CHECK(prefs.focus_areas == std::vector<std::string>{"neck", "wrsts"});
  CHECK(prefs.position == unknot::Position::sitting);
  CHECK(prefs.equipment == std::vector<std::string>{"tennis-ball"});
  CHECK(prefs.disabled == std::vector<std::string>{"neck-side-tilt"});
}

TEST_CASE("diagnostics come in file order whatever the key order") {
  const auto loaded = parse("[snooze]\nzzz = 1\n[breaks]\naaa = 2\n");
  CHECK(lines(loaded.diagnostics) == Lines{"cfg.toml:2:1: warning: unknown key `zzz` in [snooze]",
                                           "cfg.toml:4:1: warning: unknown key `aaa` in [breaks]"});
}

TEST_CASE("inline tables and dotted keys are the same keys") {
  const auto loaded = parse("micro = { every = \"25m\" }\nrest.duration = \"10m\"\n");
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.settings.micro.every == 25min);
  CHECK(loaded.settings.rest.duration == 10min);
}

TEST_CASE("a duration in words or decimals is an error that suggests the accepted form") {
  const auto loaded = parse("[micro]\nevery = \"20min\"\n[rest]\nevery = \"1.5h\"\n");
  CHECK(
      lines(loaded.diagnostics) ==
      Lines{
          "cfg.toml:2:9: error: micro.every: expected a duration of at least 1 second (e.g. "
          "\"45s\", \"20m\", \"1h30m\" or whole seconds), got \"20min\"; did you mean \"20m\"?",
          "cfg.toml:4:9: error: rest.every: expected a duration of at least 1 second (e.g. "
          "\"45s\", \"20m\", \"1h30m\" or whole seconds), got \"1.5h\"; did you mean \"1h30m\"?"});
}

TEST_CASE("a body area that is part of area names suggests each of them") {
  const auto loaded = parse("[exercises]\nfocus_areas = [\"back\"]\n");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK_THAT(
      loaded.diagnostics[0].to_string(),
      Catch::EndsWith("unknown body area \"back\"; did you mean `upper-back` or `lower-back`?"));
}
