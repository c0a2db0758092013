// Engine rules about the breaks themselves: when they fall due, how micro and
// rest interact, warnings, and the prompt lifecycle (snooze, skip, strict,
// start, done).
#include <catch2/catch.hpp>

#include "support/scenario.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::Duration;
using unknot::test::Scenario;

TEST_CASE("micro and rest breaks fall due after their interval of active time") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set micro.every=10m rest.every=25m\n08:00 work 12m\nidle 1m\nwork 17m");
  CHECK(s.log_text() ==
        "08:10:00 due micro\n"
        "08:12:30 ended micro natural\n"  // idle from 08:12 for the micro break's 30s
        "08:23:00 due micro\n"
        "08:26:00 ended micro snoozed\n"  // rest falls due: it replaces the micro prompt
        "08:26:00 due rest");
}

TEST_CASE("a taken rest break also resets the micro timer") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 15m\ncmd break rest\nidle 5m\nwork 1s");
  CHECK(s.log_text() == "08:15:00 start rest\n08:20:00 ended rest taken");
  CHECK(s.status().next_break->kind == BreakKind::micro);
  CHECK(s.status().next_break->in == Duration{20min - 1s});
}

TEST_CASE("a micro break due just before the rest break is absorbed by it") {
  unknot::test::TempHome home;
  Scenario s;
  // Micro at 20m and 40m; rest at 44m is within 20m/4 = 5m of the second micro.
  s.run("set rest.every=44m\nanswer take\n08:00 work 50m");
  CHECK(s.lines_with("due") == std::vector<std::string>{"08:20:00 due micro", "08:44:30 due rest"});
  CHECK(s.lines_with("micro taken").size() == 1);
}

TEST_CASE("when micro and rest fall due together the rest break wins") {
  unknot::test::TempHome home;
  Scenario s;
  // After the first micro break both timers reach their interval at 08:50:30.
  s.run("set micro.every=25m rest.every=50m\nanswer take\n08:00 work 57m");
  CHECK(s.lines_with("due") == std::vector<std::string>{"08:25:00 due micro", "08:50:30 due rest"});
  CHECK(s.status().next_break->kind == BreakKind::micro);
  CHECK(s.status().next_break->in == Duration{23min + 30s});  // rest ended 08:55:30
}

TEST_CASE("the daily limit prompts once the day's active time reaches it") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(
      "set micro.enabled=false rest.enabled=false daily.enabled=true daily.limit=2h\n"
      "answer skip\n08:00 work 3h");
  CHECK(s.log_text() == "10:00:00 due daily\n10:00:00 ended daily skipped");
  CHECK(s.status().next_break == std::nullopt);  // no more daily prompts today
}

TEST_CASE("acknowledging the daily limit records it as taken") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(
      "set micro.enabled=false rest.enabled=false daily.enabled=true daily.limit=1h\n"
      "answer take\n08:00 work 2h");
  CHECK(s.log_text() == "09:00:00 due daily\n09:00:00 ended daily taken");
}

TEST_CASE("each kind of break can be switched off") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set micro.enabled=false\nanswer take\n08:00 work 1h");
  CHECK(s.lines_with("due") == std::vector<std::string>{"08:50:00 due rest"});
  s.run("set rest.enabled=false\nwork 3h");
  CHECK(s.lines_with("due").size() == 1);
  CHECK(s.status().next_break == std::nullopt);
}

TEST_CASE("a warning comes once per cycle, the configured lead before the break") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set breaks.warning=1m rest.enabled=false\nanswer take\n08:00 work 45m");
  CHECK(s.lines_with("warn") ==
        std::vector<std::string>{"08:19:00 warn micro", "08:39:30 warn micro"});
}

TEST_CASE("snooze postpones the prompt by the configured duration and counts toward the max") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set snooze.duration=4m rest.enabled=false\n08:00 work 20m\ncmd snooze\nwork 3m");
  CHECK(s.status().next_break->in == Duration{1min});
  CHECK(s.status().snoozes_used == 1);
  s.run("work 2m\ncmd snooze 10m\nwork 11m");
  CHECK(s.log_text() ==
        "08:20:00 due micro\n08:20:00 ended micro snoozed\n"
        "08:24:00 due micro\n08:25:00 ended micro snoozed\n"
        "08:35:00 due micro");
}

TEST_CASE("strict mode refuses skip and snoozes past the max") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(
      "set breaks.strict=true snooze.max=1 rest.enabled=false\n08:00 work 20m\n"
      "cmd skip\ncmd snooze\nwork 5m\ncmd snooze");
  CHECK(s.log_text() ==
        "08:20:00 due micro\n"
        "08:20:00 refused skip: strict mode: skipping is disabled\n"
        "08:20:00 ended micro snoozed\n"
        "08:25:00 due micro\n"
        "08:25:00 refused snooze: strict mode: no snoozes left for this break");
}

TEST_CASE("non-strict mode allows snoozing past the max") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set snooze.max=1 rest.enabled=false\n08:00 work 20m\ncmd snooze\nwork 5m\ncmd snooze");
  CHECK(s.lines_with("snoozed").size() == 2);
  CHECK(s.lines_with("refused").empty());
}

TEST_CASE("an unanswered prompt repeats, then is dropped as skipped") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set snooze.max=2 rest.enabled=false\n08:00 work 36m");
  CHECK(s.log_text() ==
        "08:20:00 due micro\n08:25:00 ended micro snoozed\n"
        "08:25:00 due micro\n08:30:00 ended micro snoozed\n"
        "08:30:00 due micro\n08:35:00 ended micro skipped");
  CHECK(s.status().next_break->in == Duration{19min});
}

TEST_CASE("in strict mode an unanswered prompt stays pending once its snoozes are used") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set breaks.strict=true snooze.max=1 rest.enabled=false\n08:00 work 1h");
  CHECK(s.log_text() == "08:20:00 due micro\n08:25:00 ended micro snoozed\n08:25:00 due micro");
  CHECK(s.status().break_due == BreakKind::micro);
  s.run("idle 1m");
  CHECK(s.log().back() == "09:00:30 ended micro natural");
}

TEST_CASE("skip ends the prompt and starts a fresh cycle") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set rest.enabled=false\nanswer skip\n08:00 work 30m");
  CHECK(s.log_text() == "08:20:00 due micro\n08:20:00 ended micro skipped");
  CHECK(s.status().next_break->in == Duration{10min});
}

TEST_CASE("snooze and skip with nothing due act on the next break") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 5m\ncmd snooze 10m");
  CHECK(s.status().next_break->in == Duration{25min});
  CHECK(s.status().snoozes_used == 1);
  s.run("cmd skip");
  CHECK(s.log_text() == "08:05:00 ended micro skipped");
  CHECK(s.status().next_break->in == Duration{20min});
}

TEST_CASE("a break can be started early and ends as taken after its duration") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\ncmd break\nidle 20s");
  CHECK(s.status().state == unknot::State::on_break);
  CHECK(s.status().break_remaining == Duration{10s});
  s.run("idle 10s\nwork 1m");
  CHECK(s.log_text() == "08:10:00 start micro\n08:10:30 ended micro taken");
  CHECK(s.status().next_break->in == Duration{19min});
}

TEST_CASE("done ends a running break, but not early in strict mode") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\ncmd break rest\nidle 1m\ncmd done");
  CHECK(s.log_text() == "08:10:00 start rest\n08:11:00 ended rest taken");
  s.run("set breaks.strict=true\nwork 1m\ncmd break rest\nidle 1m\ncmd done\nidle 4m\ncmd done");
  CHECK(s.lines_with("refused") ==
        std::vector<std::string>{"08:13:00 refused done: strict mode: the break is not over yet",
                                 "08:17:00 refused done: no break is running"});
  CHECK(s.log()[s.log().size() - 2] == "08:17:00 ended rest taken");
}

TEST_CASE("starting the rest break while a micro break is due takes care of both") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 20m\ncmd break rest\nidle 5m");
  CHECK(s.log_text() ==
        "08:20:00 due micro\n08:20:00 ended micro taken\n"
        "08:20:00 start rest\n08:25:00 ended rest taken");
}
