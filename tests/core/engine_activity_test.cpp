// Engine rules about activity: what counts as active time, natural breaks
// and sitting time.
#include <catch2/catch.hpp>

#include "support/scenario.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::Duration;
using unknot::State;
using unknot::test::Scenario;

TEST_CASE("typing with gaps shorter than the idle threshold counts fully as active time") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 5m\nidle 10s\nwork 5m");
  CHECK(s.status().active_today == Duration{10min + 10s});
  CHECK(s.status().state == State::active);
}

TEST_CASE("a gap of at least the idle threshold counts nothing from the last input on") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 5m\nidle 10s");
  CHECK(s.status().active_today == Duration{5min + 10s});  // still counting provisionally
  CHECK(s.status().state == State::active);
  s.run("idle 10s");
  CHECK(s.status().active_today == Duration{5min});
  CHECK(s.status().state == State::idle);
  s.run("work 5m");
  CHECK(s.status().active_today == Duration{10min});
}

TEST_CASE("the deadline wakes the daemon exactly when the user could first count as idle") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("log states on\n08:00 work 1m");
  const auto last_input = s.clock().now().steady;
  CHECK(s.engine().next_deadline() == last_input + 15s);
  s.advance(15s - 1ms);
  CHECK(s.status().state == State::active);
  CHECK(s.log().empty());
  s.advance(1ms);
  CHECK(s.log_text() == "08:01:15 state idle");
}

TEST_CASE("a poll that wakes a little after the idle threshold still sees continuous typing") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("log states on\n08:00 work 1m");
  auto& clock = s.clock();
  // The daemon wakes 300 ms late; the idle source reports input 100 ms ago.
  clock.advance(15s + 300ms);
  s.engine().input(clock.now().steady - 100ms, clock.now());
  CHECK(s.status().state == State::active);
  CHECK(s.status().active_today == Duration{1min + 15s + 300ms});
  CHECK(s.lines_with("state").empty());
}

TEST_CASE("time away from the keyboard does not bring the next break closer") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nidle 25s\nwork 11m");
  CHECK(s.log_text() == "08:20:25 due micro");
}

TEST_CASE("idling for a break's duration counts as that break, reported when worth a row") {
  unknot::test::TempHome home;
  Scenario s;
  // Ten of twenty minutes: worth a row.
  s.run("08:00 work 10m\nidle 40s");
  CHECK(s.log_text() == "08:10:30 ended micro natural");
  CHECK(s.status().next_break->in == Duration{20min});
  // Two minutes in: reset silently.
  s.run("work 2m\nidle 40s");
  CHECK(s.log().size() == 1);
  CHECK(s.status().next_break->in == Duration{20min});
}

TEST_CASE("a shorter idle gap only pauses the count") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nidle 25s");
  CHECK(s.log().empty());
  CHECK(s.status().next_break->in == Duration{10min});
}

TEST_CASE("a long absence counts as a rest break and resets the micro timer too") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 19m\nidle 6m");
  CHECK(s.log_text() == "08:19:30 ended micro natural");  // rest was not half way: no row
  s.run("08:25 work 45m\nidle 6m");
  CHECK(s.lines_with("rest") == std::vector<std::string>{"09:15:00 ended rest natural"});
  s.run("work 1s");
  CHECK(s.status().next_break->kind == unknot::BreakKind::micro);
  CHECK(s.status().next_break->in == Duration{20min - 1s});
}

TEST_CASE("a pending prompt satisfied by idling ends as natural") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 20m\nidle 1m");
  CHECK(s.log_text() == "08:20:00 due micro\n08:20:30 ended micro natural");
  CHECK_FALSE(s.status().break_due);
}

TEST_CASE("sitting time counts short gaps and restarts after stepping away") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 30m\nidle 4m\nwork 10m");
  CHECK(s.status().sitting == Duration{44min});
  s.run("idle 4m59s");
  CHECK(s.status().sitting == Duration{48min + 59s});
  s.run("idle 1s");
  CHECK(s.status().sitting == Duration{});
  s.run("idle 10m\nwork 7m");
  CHECK(s.status().sitting == Duration{7min});
  CHECK(s.status().longest_sitting_today == Duration{44min});
  CHECK(s.status().sitting_today == Duration{51min});
}

TEST_CASE("a taken rest break resets sitting time, a micro break does not") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("answer take\n08:00 work 21m");
  CHECK(s.log_text() == "08:20:00 due micro\n08:20:00 start micro\n08:20:30 ended micro taken");
  CHECK(s.status().sitting == Duration{21min});
  s.run("cmd break rest\nwork 7m");
  CHECK(s.status().sitting == Duration{2min});
  CHECK(s.status().longest_sitting_today == Duration{21min});
}
