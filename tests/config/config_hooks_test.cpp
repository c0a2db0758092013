// [hooks]: shell commands read as strings, with PATH:LINE:COL diagnostics.
#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "support/diagnostic_lines.hpp"

using unknot::parse_config_text;
using unknot::Settings;
using unknot::test::lines;
using Lines = std::vector<std::string>;

TEST_CASE("[hooks] reads each command as written") {
  const auto loaded = parse_config_text(
      "[hooks]\nbreak_start = 'light on'\nbreak_end = \"light off\"\n"
      "meeting_start = 'status busy'\nmeeting_end = ''\n",
      "cfg.toml", Settings{});
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.settings.hooks.break_start == "light on");
  CHECK(loaded.settings.hooks.break_end == "light off");
  CHECK(loaded.settings.hooks.meeting_start == "status busy");
  CHECK(loaded.settings.hooks.meeting_end.empty());
}

TEST_CASE("a hook that is not a string, or a misspelt hook, is reported at its place") {
  const auto loaded = parse_config_text(
      "[hooks]\nbreak_start = 42\nbreak_ends = 'x'\nmeeting_end = ['a']\n", "cfg.toml", Settings{});
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:2:15: error: hooks.break_start: expected a string, got 42",
              "cfg.toml:3:1: warning: unknown key `break_ends` in [hooks]; did you mean "
              "`break_end`?",
              "cfg.toml:4:15: error: hooks.meeting_end: expected a string, got an array"});
  CHECK(loaded.settings.hooks.break_start.empty());
}
