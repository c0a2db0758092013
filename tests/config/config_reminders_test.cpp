// [[reminder]]: read in file order, replaced by id in a later layer, and
// reported at their place when wrong.
#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "support/diagnostic_lines.hpp"

using namespace std::chrono_literals;
using namespace unknot;
using unknot::test::lines;
using Lines = std::vector<std::string>;

TEST_CASE("reminders are read with every key, defaults for the rest") {
  const auto loaded = parse_config_text(
      "[[reminder]]\nid = \"water\"\ntitle = \"Drink some water\"\nbody = \"A glass.\"\n"
      "every = \"45m\"\ncounts = \"wall\"\nmeetings = \"ignore\"\n"
      "[[reminder]]\nid = \"posture\"\n",
      "cfg.toml", Settings{});
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.settings.reminders.size() == 2);
  CHECK(loaded.settings.reminders[0] == ReminderSettings{"water", "Drink some water", "A glass.",
                                                         45min, ReminderCounts::wall,
                                                         ReminderMeetings::ignore});
  CHECK(loaded.settings.reminders[1] ==
        ReminderSettings{"posture", "", "", 45min, ReminderCounts::active, ReminderMeetings::hold});
}

TEST_CASE("a later layer replaces a reminder of the same id and adds the others") {
  const auto system = parse_config_text(
      "[[reminder]]\nid = \"water\"\nevery = \"1h\"\n[[reminder]]\nid = \"eyes\"\n", "sys.toml",
      Settings{});
  const auto user = parse_config_text(
      "[[reminder]]\nid = \"water\"\nevery = \"30m\"\n[[reminder]]\nid = \"lunch\"\n", "user.toml",
      system.settings);
  REQUIRE(user.settings.reminders.size() == 3);
  CHECK(user.settings.reminders[0].id == "water");
  CHECK(user.settings.reminders[0].every == 30min);
  CHECK(user.settings.reminders[1].id == "eyes");
  CHECK(user.settings.reminders[2].id == "lunch");
}

TEST_CASE("duplicate ids, unknown counts, a missing id and a short every are reported") {
  const auto loaded = parse_config_text(
      "[[reminder]]\nid = \"water\"\nevery = \"30s\"\n"
      "[[reminder]]\nid = \"water\"\n"
      "[[reminder]]\nid = \"eyes\"\ncounts = \"activ\"\n"
      "[[reminder]]\ntitle = \"no id\"\nevry = \"1h\"\n",
      "cfg.toml", Settings{});
  CHECK(lines(loaded.diagnostics) ==
        Lines{"cfg.toml:3:9: warning: reminder.every is under a minute; the reminder would nag",
              "cfg.toml:5:6: error: duplicate reminder id \"water\" (first used on line 2)",
              "cfg.toml:8:10: error: reminder.counts: expected active or wall, got \"activ\"; did "
              "you mean `active`?",
              "cfg.toml:9:1: error: [[reminder]] needs an `id` (a non-empty string)",
              "cfg.toml:11:1: warning: unknown key `evry` in [[reminder]]; did you mean `every`?"});
  REQUIRE(loaded.settings.reminders.size() == 1);
  CHECK(loaded.settings.reminders[0].id == "water");
}

TEST_CASE("reminder as a plain table is an error at its place") {
  const auto loaded = parse_config_text("[reminder]\nid = \"water\"\n", "cfg.toml", Settings{});
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(lines(loaded.diagnostics)[0].rfind(
            "cfg.toml:1:1: error: reminder: expected an array of tables ([[reminder]])", 0) == 0);
}
