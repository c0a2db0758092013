// Whole working days replayed through the engine: the exact event sequence
// and the day's final figures.
#include <catch2/catch.hpp>

#include "support/scenario.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::Duration;
using unknot::State;
using unknot::test::Scenario;

// Every prompt taken at once; the two idle lines are the coffee and lunch.
const char* const kOfficeDayLog =
    "08:50:00 due micro\n08:50:00 start micro\n08:50:30 ended micro taken\n"
    "09:10:30 due micro\n09:10:30 start micro\n09:11:00 ended micro taken\n"
    "09:21:00 due rest\n09:21:00 start rest\n09:26:00 ended rest taken\n"
    "09:46:00 due micro\n09:46:00 start micro\n09:46:30 ended micro taken\n"
    "10:00:30 ended micro natural\n"  // the coffee: 13m30s of 20m were worth a row
    "10:19:30 due rest\n10:19:30 start rest\n10:24:30 ended rest taken\n"
    "10:44:30 due micro\n10:44:30 start micro\n10:45:00 ended micro taken\n"
    "11:05:00 due micro\n11:05:00 start micro\n11:05:30 ended micro taken\n"
    "11:15:30 due rest\n11:15:30 start rest\n11:20:30 ended rest taken\n"
    "11:40:30 due micro\n11:40:30 start micro\n11:41:00 ended micro taken\n"
    "12:00:30 ended micro natural\n12:05:00 ended rest natural\n"  // lunch
    "13:05:00 due micro\n13:05:00 start micro\n13:05:30 ended micro taken\n"
    "13:25:30 due micro\n13:25:30 start micro\n13:26:00 ended micro taken\n"
    "13:36:00 due rest\n13:36:00 start rest\n13:41:00 ended rest taken\n"
    "14:01:00 due micro\n14:01:00 start micro\n14:01:30 ended micro taken\n"
    "14:21:30 due micro\n14:21:30 start micro\n14:22:00 ended micro taken\n"
    "14:32:00 due rest\n14:32:00 start rest\n14:37:00 ended rest taken\n"
    "14:57:00 due micro\n14:57:00 start micro\n14:57:30 ended micro taken\n"
    // The walk resets both timers, too early in their cycles for a row.
    "15:32:00 due micro\n15:32:00 start micro\n15:32:30 ended micro taken\n"
    "15:52:30 due micro\n15:52:30 start micro\n15:53:00 ended micro taken\n"
    "16:03:00 due rest\n16:03:00 start rest\n16:08:00 ended rest taken\n"
    "16:28:00 due micro\n16:28:00 start micro\n16:28:30 ended micro taken\n"
    "16:48:30 due micro\n16:48:30 start micro\n16:49:00 ended micro taken";

TEST_CASE("a normal office day: prompts taken, coffee, lunch, a short walk") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(R"(
    answer take
    08:30 work 1h30m
    10:00 idle 3m      # coffee at the desk's side: sitting goes on
    10:03 work 1h57m
    12:00 idle 45m     # lunch
    12:45 work 2h15m
    15:00 lock 12m     # a walk
    15:12 work 1h43m
  )");
  CHECK(s.log_text() == kOfficeDayLog);
  const auto status = s.status();
  CHECK(status.state == State::active);
  // 7h25m at the desk, less 15 micro and 6 rest breaks.
  CHECK(status.active_today == Duration{7h + 25min - 15 * 30s - 6 * 5min});
  // Sitting: the same but micro breaks and the coffee count, rest breaks do not.
  CHECK(status.sitting_today == Duration{7h + 25min - 6 * 5min + 3min});
  CHECK(status.longest_sitting_today == Duration{53min + 30s});  // 09:26-10:19:30
  CHECK(status.sitting == Duration{47min});
}

TEST_CASE("a day of back-to-back meetings: breaks wait for the gaps between them") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(R"(
    answer take
    08:45 work 15m
    09:00 meeting-on calendar
    09:00 meeting-on camera
    09:00 idle 1h
    10:00 meeting-off calendar        # the call runs over
    10:10 meeting-off camera
    10:11 meeting-on calendar         # the next one starts within the grace
    10:11 meeting microphone 49m
    11:00 meeting-off calendar
    11:00 work 10m
    11:10 meeting camera 1h20m
    12:30 idle 40m
    13:10 meeting camera 2h
    15:10 work 30m
  )");
  CHECK(s.log_text() ==
        "09:00:00 hold on calendar\n09:00:00 hold on calendar,camera\n"
        "10:00:00 hold on camera\n10:10:00 hold off\n"
        "10:10:30 ended micro natural\n"  // a minute between two calls
        "10:11:00 hold on calendar\n10:11:00 hold on calendar,microphone\n"
        "11:00:00 hold on calendar\n11:00:00 hold off\n"
        "11:02:00 due rest after meeting 2h sat 2h17m\n"
        "11:02:00 start rest\n11:07:00 ended rest taken\n"
        "11:10:00 hold on camera\n12:30:00 hold off\n"
        "12:30:30 ended micro natural\n12:35:00 ended rest natural\n"
        "13:10:00 hold on camera\n15:10:00 hold off\n"
        "15:12:00 due rest after meeting 2h sat 2h2m\n"
        "15:12:00 start rest\n15:17:00 ended rest taken\n"
        "15:37:00 due micro\n15:37:00 start micro\n15:37:30 ended micro taken");
  const auto status = s.status();
  // Every meeting minute counts; the minute between calls and lunch do not.
  CHECK(status.active_today == Duration{6h + 3min + 30s});
  CHECK(status.longest_sitting_today == Duration{2h + 17min});
}

TEST_CASE("a day with the laptop suspended over lunch") {
  unknot::test::TempHome home;
  Scenario s;
  s.run(R"(
    answer take
    09:00 work 3h
    12:00 suspend 1h
    13:00 work 3h
  )");
  // The sleep is an away gap: micro (12 of its 20 minutes) is reported,
  // rest (12 of 50) is reset silently, nothing is prompted in between.
  CHECK(s.lines_with("natural") == std::vector<std::string>{"12:00:30 ended micro natural"});
  CHECK(s.lines_with("13:20:00") ==
        std::vector<std::string>{"13:20:00 due micro", "13:20:00 start micro"});
  CHECK(s.lines_with("rest taken").size() == 6);
  CHECK(s.lines_with("micro taken").size() == 12);
  CHECK(s.lines_with("due").size() == 18);
  const auto status = s.status();
  CHECK(status.active_today == Duration{6h - 6 * 5min - 12 * 30s});
  CHECK(status.longest_sitting_today == Duration{51min});
}

TEST_CASE("a DST day: the clocks go forward at night, pauses and limits follow local time") {
  unknot::test::TempHome home;
  // Saturday 2026-03-28 21:00 CET; at 02:00 CET on Sunday clocks go forward.
  unknot::Settings settings = unknot::test::scenario_settings();
  settings.daily.enabled = true;
  settings.daily.limit = 2h;
  Scenario s(settings, unknot::test::SimClock{
                           std::chrono::sys_days{std::chrono::year{2026} / 3 / 28}, 21h, 1h});
  s.run(R"(
    answer skip
    21:00 work 2h30m
    next-day
    02:00 offset +1h
    03:00 idle 1h        # the day boundary at 04:00 CEST, not 04:00 CET
    09:00 work 1h
    10:00 cmd pause until 11:30
    10:00 idle 2h
    12:00 work 30m
  )");
  CHECK(s.log_text() ==
        "21:20:00 due micro\n21:20:00 ended micro skipped\n"
        "21:40:00 due micro\n21:40:00 ended micro skipped\n"
        "21:50:00 due rest\n21:50:00 ended rest skipped\n"
        "22:00:00 due micro\n22:00:00 ended micro skipped\n"
        "22:20:00 due micro\n22:20:00 ended micro skipped\n"
        "22:40:00 due rest\n22:40:00 ended rest skipped\n"  // micro waited for it: cleared too
        "23:00:00 due daily\n23:00:00 ended daily skipped\n"
        "23:00:00 due micro\n23:00:00 ended micro skipped\n"
        "23:20:00 due micro\n23:20:00 ended micro skipped\n"
        "23:30:00 due rest\n23:30:00 ended rest skipped\n"
        "23:30:30 ended micro natural\n"
        "04:00:00 new day active 2h30m sitting 2h30m longest 2h30m\n"  // 04:00 CEST
        "09:20:00 due micro\n09:20:00 ended micro skipped\n"
        "09:40:00 due micro\n09:40:00 ended micro skipped\n"
        "09:50:00 due rest\n09:50:00 ended rest skipped\n"
        "10:00:00 due micro\n10:00:00 ended micro skipped\n"
        "10:00:00 paused until 11:30\n11:30:00 resumed\n"
        "12:20:00 due micro\n12:20:00 ended micro skipped");
  CHECK(s.status().active_today == Duration{1h + 30min});
}

TEST_CASE("a day where every prompt is ignored, in non-strict and strict mode") {
  unknot::test::TempHome home;
  const char* day = R"(
    08:00 work 1h30m
  )";
  Scenario lenient;
  lenient.run(day);
  CHECK(lenient.log_text() ==
        "08:20:00 due micro\n08:25:00 ended micro snoozed\n"
        "08:25:00 due micro\n08:30:00 ended micro snoozed\n"
        "08:30:00 due micro\n08:35:00 ended micro snoozed\n"
        "08:35:00 due micro\n08:40:00 ended micro skipped\n"
        "08:50:00 due rest\n08:55:00 ended rest snoozed\n"
        "08:55:00 due rest\n09:00:00 ended rest snoozed\n"
        "09:00:00 due rest\n09:05:00 ended rest snoozed\n"
        "09:05:00 due rest\n09:10:00 ended rest skipped\n"
        "09:30:00 due micro");
  Scenario strict;
  strict.run(std::string("set breaks.strict=true\n") + day);
  CHECK(strict.log_text() ==
        "08:20:00 due micro\n08:25:00 ended micro snoozed\n"
        "08:25:00 due micro\n08:30:00 ended micro snoozed\n"
        "08:30:00 due micro\n08:35:00 ended micro snoozed\n"
        "08:35:00 due micro\n"
        "08:50:00 ended micro snoozed\n08:50:00 due rest\n"  // rest replaces the micro prompt
        "08:55:00 ended rest snoozed\n08:55:00 due rest\n"
        "09:00:00 ended rest snoozed\n09:00:00 due rest\n"
        "09:05:00 ended rest snoozed\n09:05:00 due rest");
  CHECK(strict.status().break_due == BreakKind::rest);
  CHECK(strict.status().active_today == lenient.status().active_today);
}
