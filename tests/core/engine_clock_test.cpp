// Engine rules about clocks and configuration: wall-clock jumps, the day
// boundary, settings replaced at run time and the next-deadline contract.
#include <catch2/catch.hpp>

#include "core/engine.hpp"
#include "support/scenario.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::Duration;
using unknot::test::Scenario;

TEST_CASE("a wall-clock jump neither fires nor loses a break") {
  unknot::test::TempHome home;
  Scenario reference;
  reference.run("08:00 work 30m");
  for (const char* jump : {"wall +2h", "wall -2h", "offset +3h", "offset -1h"}) {
    Scenario s;
    s.run(std::string("08:00 work 10m\n") + jump + "\nwork 20m");
    // Same prompts after the same active time; only their clock labels move.
    REQUIRE(s.log().size() == reference.log().size());
    CHECK(s.status().next_break->in == reference.status().next_break->in);
    CHECK(s.status().active_today == reference.status().active_today);
  }
}

TEST_CASE("the daily counters restart at day_starts local time") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("set daily.day_starts=03:00\n20:00 work 2h\nnext-day\n02:00 work 30m\n03:10 work 5m");
  CHECK(s.lines_with("new day") ==
        std::vector<std::string>{"03:00:00 new day active 2h30m sitting 2h30m longest 2h"});
  CHECK(s.status().active_today == Duration{5min});
}

TEST_CASE("a wall clock set back over the day boundary does not restart the day again") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(
      "set daily.enabled=true daily.limit=1h\nanswer skip\n"
      "next-day\n03:50 work 5m\n04:05 work 10m\nwall -10m\nwork 10m\nwall -1h\nwork 1h");
  CHECK(s.lines_with("new day").size() == 1);
  CHECK(s.status().active_today == Duration{1h + 20min});
  CHECK(s.lines_with("due daily").size() == 1);
}

TEST_CASE("on a DST day the day still starts at day_starts local time") {
  unknot::test::TempHome home;
  // Sunday 2026-03-29 01:00 CET; at 02:00 CET it becomes 03:00 CEST.
  Scenario s(
      unknot::test::scenario_settings(),
      unknot::test::SimClock{std::chrono::sys_days{std::chrono::year{2026} / 3 / 29}, 1h, 1h});
  s.run("01:00 work 30m\n02:00 offset +1h\n03:00 work 50m\n04:10 work 10m");
  // 02:00-03:00 CET did not happen: the day that ended was an hour shorter.
  CHECK(s.lines_with("new day") ==
        std::vector<std::string>{"04:00:00 new day active 1h20m sitting 1h20m longest 50m"});
  CHECK(s.status().active_today == Duration{10min});
}

TEST_CASE("new settings keep the timers, and a shortened interval is due at once") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 15m\nset micro.every=30m");
  CHECK(s.status().next_break->in == Duration{15min});
  s.run("set micro.every=10m");
  CHECK(s.log_text() == "08:15:00 due micro");
  CHECK(s.status().active_today == Duration{15min});
}

TEST_CASE("disabling a kind with a pending prompt ends it as skipped") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 20m\nset micro.enabled=false");
  CHECK(s.log_text() == "08:20:00 due micro\n08:20:00 ended micro skipped");
  CHECK_FALSE(s.status().break_due);
  s.run("work 10m\nset micro.enabled=true\nwork 5m");
  CHECK(s.status().next_break->in == Duration{15min});  // a fresh cycle
}

TEST_CASE("advance at exactly the next deadline makes the change, not a moment before") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 19m59s");
  // While typing, the next deadline is the idle threshold; keep typing until
  // the due time is the nearest deadline.
  s.input_now();
  const auto now = s.clock().now().steady;
  const auto deadline = s.engine().next_deadline();
  REQUIRE(deadline == now + 1s);
  s.advance(1s - 1ms);
  CHECK(s.log().empty());
  s.advance(1ms);
  CHECK(s.log_text() == "08:20:00 due micro");
}

TEST_CASE("a day replayed from deadline to deadline ends in a bounded number of steps") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("answer take\n08:00 work 4h\nidle 1h\nwork 4h\nidle 14h");
  // Nine working hours polled at most every idle threshold (15 s), plus the
  // breaks and the night: far from a busy loop.
  CHECK(s.steps() < 9 * 60 * 4 + 200);
  CHECK(s.steps() > 100);
}

TEST_CASE("with nothing scheduled the engine still wakes for the day boundary") {
  unknot::test::TempHome home;
  unknot::Settings settings;
  settings.micro.enabled = false;
  settings.rest.enabled = false;
  Scenario s(settings);
  s.run("08:00 idle 1h");
  const auto deadline = s.engine().next_deadline();
  REQUIRE(deadline);
  CHECK(*deadline - s.clock().now().steady == Duration{19h});  // 04:00 tomorrow
}
