// Engine rules about holds and away time: pauses, meetings, lock and
// suspend, working hours.
#include <catch2/catch.hpp>

#include "support/scenario.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::Duration;
using unknot::State;
using unknot::test::Scenario;

TEST_CASE("a pause for a duration stops every count and ends by itself") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\ncmd pause 1m\nwork 30s");
  const auto paused = s.status();
  CHECK(paused.state == State::paused);
  CHECK(paused.active_today == Duration{10min});
  CHECK(paused.sitting == Duration{10min});
  CHECK(paused.next_break->in == Duration{10min});
  s.run("work 1m");
  CHECK(s.log_text() ==
        "08:10:00 paused until 08:11\n08:11:00 resumed\n08:11:00 ended micro natural");
  CHECK(s.status().state == State::active);
  CHECK(s.status().active_today == Duration{10min + 30s});
}

TEST_CASE("a long pause counts as a rest break and ends the sitting streak") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 45m\ncmd pause\nidle 10m\ncmd resume\nwork 1m");
  CHECK(s.log_text() ==
        "08:20:00 due micro\n08:25:00 ended micro snoozed\n08:25:00 due micro\n"
        "08:30:00 ended micro snoozed\n08:30:00 due micro\n08:35:00 ended micro snoozed\n"
        "08:35:00 due micro\n08:40:00 ended micro skipped\n"
        "08:45:00 paused\n08:55:00 resumed\n08:55:00 ended rest natural");
  CHECK(s.status().sitting == Duration{1min});
  CHECK(s.status().longest_sitting_today == Duration{45min});
}

TEST_CASE("a prompt pending when pausing is held, then resolved like any away gap") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 20m\ncmd pause 10s\nwork 30s");
  // Ten seconds away is not a micro break: the prompt is offered again.
  CHECK(s.log_text() ==
        "08:20:00 due micro\n08:20:00 paused until 08:20\n08:20:10 resumed\n"
        "08:20:10 due micro again");
  s.run("cmd pause\nidle 1m\ncmd resume");
  CHECK(s.log().back() == "08:21:30 ended micro natural");
}

TEST_CASE("pausing ends a running break as taken") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\ncmd break rest\nidle 1m\ncmd pause");
  CHECK(s.log_text() == "08:10:00 start rest\n08:11:00 ended rest taken\n08:11:00 paused");
}

TEST_CASE("a pause until a wall-clock time ends then, across midnight too") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("23:00 work 30m\ncmd pause until 01:15\nidle 2h");
  CHECK(s.lines_with("pause") == std::vector<std::string>{"23:30:00 paused until 01:15"});
  CHECK(s.lines_with("resumed") == std::vector<std::string>{"01:15:00 resumed"});
}

TEST_CASE("a pause until a time ends at that instant across a DST change") {
  unknot::test::TempHome home;
  // Sunday 2026-03-29, 01:30 CET; at 02:00 CET clocks go forward to 03:00 CEST.
  Scenario s(
      unknot::test::scenario_settings(),
      unknot::test::SimClock{std::chrono::sys_days{std::chrono::year{2026} / 3 / 29}, 90min, 1h});
  // "Until 09:00" is resolved by the service with the zone rules: 07:00 UTC.
  const auto until = unknot::WallTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 29}} + 7h;
  REQUIRE(s.engine().pause_until(until, s.clock().now()).ok);
  s.run("02:00 offset +1h\n08:59 idle 2m");
  CHECK(s.lines_with("resumed") == std::vector<std::string>{"09:00:00 resumed"});
}

TEST_CASE("a pause until a time not in the future is refused") {
  unknot::test::TempHome home;
  Scenario s;
  const auto now = s.clock().now();
  CHECK_FALSE(s.engine().pause_until(now.wall, now).ok);
  CHECK_FALSE(s.engine().pause_until(now.wall - 1min, now).ok);
  CHECK_FALSE(s.engine().pause_for(Duration{}, now).ok);
  CHECK_FALSE(s.status().paused);
  CHECK_FALSE(s.engine().resume(now).ok);
}

TEST_CASE("no prompt during a meeting, while sitting and the timers keep counting") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nmeeting-on camera\nidle 1h");
  CHECK(s.log_text() == "08:10:00 hold on camera");
  const auto status = s.status();
  CHECK(status.state == State::meeting);
  CHECK(status.sitting == Duration{70min});
  CHECK(status.active_today == Duration{70min});
  CHECK(status.meeting_sources == std::vector<std::string>{"camera"});
}

TEST_CASE("a break that fell due in a meeting is offered after the grace period") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nmeeting camera 1h\nwork 5m");
  CHECK(s.log_text() ==
        "08:10:00 hold on camera\n09:10:00 hold off\n"
        "09:12:00 due rest after meeting 1h sat 1h12m");
}

TEST_CASE("while the grace after a meeting holds a break, the status says how long") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nmeeting camera 1h\nwork 30s");
  const auto held = s.status();
  REQUIRE(held.next_break);
  CHECK(held.next_break->in == Duration::zero());
  CHECK(held.grace_left == Duration{90s});
  CHECK(unknot::after_meeting_wait(held) == Duration{90s});
  s.run("work 2m");
  CHECK_FALSE(s.status().grace_left);
  CHECK_FALSE(unknot::after_meeting_wait(s.status()));
}

TEST_CASE("a break due after the grace ends is not said to wait for the meeting") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 1m\nmeeting camera 5m\nwork 30s");
  const auto status = s.status();
  CHECK(status.grace_left == Duration{90s});
  REQUIRE(status.next_break);
  CHECK(status.next_break->in > Duration{90s});
  CHECK_FALSE(unknot::after_meeting_wait(status));
}

TEST_CASE("idling through the grace period turns the held break into a natural one") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nmeeting camera 1h\nidle 6m\nwork 1m");
  CHECK(s.log_text() ==
        "08:10:00 hold on camera\n09:10:00 hold off\n"
        "09:10:30 ended micro natural\n09:15:00 ended rest natural");
}

TEST_CASE("overlapping meeting sources are reference counted by name") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(
      "08:00 meeting-on camera\nmeeting-on microphone\nmeeting-on camera\n"
      "idle 10m\nmeeting-off camera\nmeeting-off microphone\nidle 1m");
  CHECK(s.status().state == State::meeting);
  CHECK(s.status().meeting_sources == std::vector<std::string>{"camera"});
  s.run("meeting-off camera\nmeeting-off camera");
  CHECK(s.status().meeting_sources.empty());
  CHECK(s.log_text() ==
        "08:00:00 hold on camera\n08:00:00 hold on camera,microphone\n"
        "08:10:00 hold on camera\n08:11:00 hold off");
}

TEST_CASE("a prompt pending when a meeting starts is held and offered again after it") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 20m\nmeeting microphone 3m\nwork 3m");
  CHECK(s.log_text() ==
        "08:20:00 due micro\n08:20:00 hold on microphone\n08:23:00 hold off\n"
        "08:25:00 due micro after meeting 3m sat 25m again");
}

TEST_CASE("a pause wins over a meeting") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("08:00 work 10m\nmeeting-on camera\ncmd pause\nidle 30m");
  CHECK(s.status().state == State::paused);
  CHECK(s.status().active_today == Duration{10min});
  s.run("cmd resume\nidle 10m");
  CHECK(s.status().state == State::meeting);
  CHECK(s.status().active_today == Duration{20min});
}

TEST_CASE("a locked screen is away time: input is ignored and natural breaks apply") {
  unknot::test::TempHome home;
  Scenario s;
  s.run("log states on\n08:00 work 15m\nlock 10m\nwork 1m");
  CHECK(s.log_text() == "08:15:00 state idle\n08:15:30 ended micro natural\n08:25:00 state active");
  CHECK(s.status().active_today == Duration{16min});
  CHECK(s.status().sitting == Duration{1min});
}

TEST_CASE("suspend counts as idle time, announced or not") {
  unknot::test::TempHome home;
  Scenario announced;
  announced.run("08:00 work 45m\nsuspend 30m\nwork 1m");
  CHECK(announced.log_text() ==
        "08:20:00 due micro\n08:25:00 ended micro snoozed\n08:25:00 due micro\n"
        "08:30:00 ended micro snoozed\n08:30:00 due micro\n08:35:00 ended micro snoozed\n"
        "08:35:00 due micro\n08:40:00 ended micro skipped\n"
        "08:50:00 ended rest natural");  // micro had only run 5 minutes: no row
  Scenario jump;                         // only the steady clock jumps, as with CLOCK_BOOTTIME
  jump.run("08:00 work 45m");
  jump.clock().advance(30min);
  jump.run("work 1m");
  CHECK(jump.log() == announced.log());
  CHECK(jump.status().active_today == announced.status().active_today);
}

TEST_CASE("outside working hours prompts wait until the hours start") {
  unknot::test::TempHome home;
  Scenario s;  // Monday, hours 09:00-17:00
  s.run("set hours.only_inside=true\nanswer take\n08:00 work 1h30m");
  // The rest break fell due at 08:50 and waited for 09:00.
  CHECK(s.lines_with("due") == std::vector<std::string>{"09:00:00 due rest", "09:25:00 due micro"});
  CHECK_FALSE(s.status().outside_working_hours);
  s.run("16:45 work 30m");
  CHECK(s.lines_with("due").size() == 2);  // the micro break due at 17:05 is held
  CHECK(s.status().outside_working_hours);
  CHECK_FALSE(s.status().break_due);
  CHECK(s.status().next_break->in == Duration{});
}
