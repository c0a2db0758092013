// The calendar signal against .ics fixtures (tests/data/calendar), with the
// wall clock passed in so each fixture's dates can be "now".
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <variant>

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include "desk_recorder.hpp"
#include "glib_pump.hpp"
#include "platform/desk_signal.hpp"
#include "platform/meeting_calendar.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::BusyInterval;
using unknot::WallTime;

namespace {

std::string fixture(const std::string& name) {
  return std::string{UNKNOT_TEST_DATA_DIR} + "/calendar/" + name;
}

/// yyyy-mm-dd hh:mm UTC.
WallTime utc(int y, unsigned m, unsigned d, int hh, int mm = 0) {
  return WallTime{std::chrono::sys_days{std::chrono::year{y} / m / d}} + std::chrono::hours{hh} +
         std::chrono::minutes{mm};
}

/// The busy intervals of the calendar at `path` within [from, to).
std::vector<BusyInterval> busy(const std::string& path, WallTime from, WallTime to) {
  auto result = unknot::read_calendar_busy(path, from, to);
  if (auto* error = std::get_if<std::string>(&result)) FAIL(*error);
  return std::get<unknot::BusySchedule>(result).intervals();
}

/// The diagnostic reading `path` gives (empty when it reads).
std::string read_error(const std::string& path) {
  auto result = unknot::read_calendar_busy(path, WallTime{}, WallTime{} + 24h);
  auto* error = std::get_if<std::string>(&result);
  return error != nullptr ? *error : std::string{};
}

/// A clock that reads `start` now and then runs at real speed, so a timer
/// the signal sets for a boundary 200 ms ahead really fires.
std::function<WallTime()> clock_from(WallTime start) {
  const auto origin = std::chrono::steady_clock::now();
  return [start, origin] {
    return start +
           std::chrono::duration_cast<unknot::Duration>(std::chrono::steady_clock::now() - origin);
  };
}

/// An .ics text with one busy event [start, end).
std::string one_event(WallTime start, WallTime end) {
  const auto stamp = [](WallTime t) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(
        std::chrono::time_point_cast<std::chrono::system_clock::duration>(t));
    std::tm parts{};
    ::gmtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &parts);
    return std::string{text};
  };
  return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:e@t\n"
         "DTSTAMP:20260101T000000Z\nDTSTART:" +
         stamp(start) + "\nDTEND:" + stamp(end) + "\nEND:VEVENT\nEND:VCALENDAR\n";
}

}  // namespace

TEST_CASE("a single event is busy from its start to its end", "[desk][calendar]") {
  CHECK(busy(fixture("single.ics"), utc(2026, 3, 1, 0), utc(2026, 3, 9, 0)) ==
        std::vector<BusyInterval>{{utc(2026, 3, 2, 10), utc(2026, 3, 2, 10, 30)}});
}

TEST_CASE("a weekly meeting skips its EXDATE and follows a moved occurrence", "[desk][calendar]") {
  // COUNT=6 from March 2nd; the 16th is excepted, the 23rd moved to 14:00.
  CHECK(busy(fixture("weekly.ics"), utc(2026, 3, 1, 0), utc(2026, 5, 1, 0)) ==
        std::vector<BusyInterval>{{utc(2026, 3, 2, 9), utc(2026, 3, 2, 9, 30)},
                                  {utc(2026, 3, 9, 9), utc(2026, 3, 9, 9, 30)},
                                  {utc(2026, 3, 23, 14), utc(2026, 3, 23, 14, 30)},
                                  {utc(2026, 3, 30, 9), utc(2026, 3, 30, 9, 30)},
                                  {utc(2026, 4, 6, 9), utc(2026, 4, 6, 9, 30)}});
}

TEST_CASE("a TZID event follows its zone's summer and winter offsets", "[desk][calendar]") {
  const auto calendar = fixture("tzid.ics");
  // 14:00 in Berlin is 12:00 UTC in July (CEST) and 13:00 UTC in January (CET).
  CHECK(busy(calendar, utc(2026, 7, 1, 0), utc(2026, 8, 1, 0)) ==
        std::vector<BusyInterval>{{utc(2026, 7, 15, 12), utc(2026, 7, 15, 13)}});
  CHECK(busy(calendar, utc(2026, 1, 1, 0), utc(2026, 2, 1, 0)) ==
        std::vector<BusyInterval>{{utc(2026, 1, 15, 13), utc(2026, 1, 15, 14)}});
}

TEST_CASE("an event without a zone is read in the user's local time", "[desk][calendar]") {
  unknot::test::TempHome home;
  const auto path = home.write("calendar.ics",
                               "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:f@t\n"
                               "DTSTART:20260715T140000\nDTEND:20260715T150000\nEND:VEVENT\n"
                               "END:VCALENDAR\n");
  const char* saved = std::getenv("TZ");
  const std::string previous = saved != nullptr ? saved : "";
  ::setenv("TZ", "Europe/Berlin", 1);
  ::tzset();
  const auto intervals = busy(path.string(), utc(2026, 7, 1, 0), utc(2026, 8, 1, 0));
  saved != nullptr ? ::setenv("TZ", previous.c_str(), 1) : ::unsetenv("TZ");
  ::tzset();
  CHECK(intervals == std::vector<BusyInterval>{{utc(2026, 7, 15, 12), utc(2026, 7, 15, 13)}});
}

TEST_CASE("transparent, cancelled and all-day events are not meetings", "[desk][calendar]") {
  CHECK(busy(fixture("ignored.ics"), utc(2026, 3, 1, 0), utc(2026, 3, 9, 0)) ==
        std::vector<BusyInterval>{{utc(2026, 3, 2, 15), utc(2026, 3, 2, 15, 45)}});
}

TEST_CASE("a broken calendar is named with its file and line", "[desk][calendar]") {
  CHECK_THAT(read_error(fixture("broken.ics")),
             Catch::StartsWith(fixture("broken.ics") + ":7: error: expected NAME:VALUE"));
  CHECK_THAT(read_error(fixture("no-such-file.ics")),
             Catch::Contains("no-such-file.ics: error: cannot read"));
}

TEST_CASE("a value libical cannot read is named at its line", "[desk][calendar]") {
  unknot::test::TempHome home;
  const auto path = home.write("calendar.ics",
                               "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\n"
                               "DTSTART:2026banana\nDTEND:20260302T103000Z\nEND:VEVENT\n"
                               "END:VCALENDAR\n");
  CHECK_THAT(read_error(path.string()), Catch::StartsWith(path.string() + ":5: error: "));
}

TEST_CASE("the calendar source is on during an event and goes off at its end", "[desk][calendar]") {
  unknot::test::DeskRecorder recorder;
  // 300 ms before the single event ends.
  auto signal = unknot::make_calendar_signal(
      recorder.events(), {fixture("single.ics"), clock_from(utc(2026, 3, 2, 10, 30) - 300ms)});
  signal->start();
  REQUIRE(unknot::test::pump_until([&] { return recorder.last() == "calendar on"; }, 5s));
  REQUIRE(unknot::test::pump_until([&] { return recorder.last() == "calendar off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"calendar on", "calendar off"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("stopping the calendar source releases its hold", "[desk][calendar]") {
  unknot::test::DeskRecorder recorder;
  auto signal = unknot::make_calendar_signal(
      recorder.events(), {fixture("weekly.ics"), clock_from(utc(2026, 3, 9, 9, 10))});
  signal->start();
  signal->start();
  REQUIRE(unknot::test::pump_until([&] { return recorder.last() == "calendar on"; }, 5s));
  signal->stop();
  CHECK(recorder.reports == std::vector<std::string>{"calendar on", "calendar off"});
}

TEST_CASE("an edited calendar is read again, a broken edit drops the hold with one line",
          "[desk][calendar]") {
  unknot::test::TempHome home;
  unknot::test::DeskRecorder recorder;
  const WallTime now = utc(2026, 3, 2, 10, 0);
  const auto path = home.write("calendar.ics", one_event(now + 1h, now + 2h)).string();
  auto signal = unknot::make_calendar_signal(recorder.events(), {path, clock_from(now)});
  signal->start();
  unknot::test::pump_glib();
  CHECK(recorder.reports.empty());

  home.write("calendar.ics", one_event(now - 5min, now + 1h));
  REQUIRE(unknot::test::pump_until([&] { return recorder.last() == "calendar on"; }, 5s));

  home.write("calendar.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nEND:VCALENDAR\n");
  REQUIRE(unknot::test::pump_until([&] { return recorder.last() == "calendar off"; }, 5s));
  REQUIRE(recorder.warnings.size() == 1);
  CHECK_THAT(recorder.warnings[0],
             Catch::StartsWith(path + ":4: error: END:VCALENDAR does not close BEGIN:VEVENT"));
  signal->stop();
}

TEST_CASE("the microphone and calendar sources run as [meetings] says", "[desk][calendar]") {
  unknot::test::DeskRecorder recorder;
  const auto names = [&](const unknot::MeetingSettings& meetings) {
    std::vector<std::string> out;
    for (const auto& signal : unknot::make_desk_signals(meetings, recorder.events()))
      out.emplace_back(signal->name());
    return out;
  };
  const auto has = [](const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  unknot::MeetingSettings meetings;
  CHECK(has(names(meetings), "microphone"));
  CHECK_FALSE(has(names(meetings), "calendar"));  // no file, no source
  meetings.microphone = false;
  meetings.calendar = fixture("single.ics");
  CHECK_FALSE(has(names(meetings), "microphone"));
  CHECK(has(names(meetings), "calendar"));
}

TEST_CASE("a calendar path that is a FIFO or a device is refused, never opened",
          "[desk][calendar]") {
  unknot::test::TempHome home;
  const auto fifo = (home.root() / "cal.fifo").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Opening a FIFO with no writer blocks for good: reaching this line at all
  // shows it was not opened.
  CHECK(read_error(fifo) ==
        fifo + ": error: cannot read the calendar: is a FIFO, not a regular file");
  CHECK(read_error("/dev/zero") ==
        "/dev/zero: error: cannot read the calendar: is a character device, not a regular file");
}

TEST_CASE("a calendar over the size cap is refused before it is read", "[desk][calendar]") {
  unknot::test::TempHome home;
  const auto path = home.root() / "huge.ics";
  std::ofstream{path} << "BEGIN:VCALENDAR\n";
  std::filesystem::resize_file(path, 200u << 20);  // sparse: nothing is written
  CHECK(read_error(path.string()) ==
        path.string() +
            ": error: cannot read the calendar: is 200 MB: files over 8 MB are not read");
}

TEST_CASE("the calendar is read off the loop: start() returns before it is known",
          "[desk][calendar]") {
  unknot::test::DeskRecorder recorder;
  auto signal = unknot::make_calendar_signal(
      recorder.events(), {fixture("single.ics"), clock_from(utc(2026, 3, 2, 10, 10))});
  signal->start();
  // The answer can only arrive through the loop, after start() has returned.
  CHECK(recorder.reports.empty());
  REQUIRE(unknot::test::pump_until([&] { return recorder.last() == "calendar on"; }, 5s));
  signal->stop();
}

TEST_CASE("a calendar source destroyed while its file is read drops the result",
          "[desk][calendar]") {
  unknot::test::DeskRecorder recorder;
  {
    auto signal = unknot::make_calendar_signal(
        recorder.events(), {fixture("weekly.ics"), clock_from(utc(2026, 3, 9, 9, 10))});
    signal->start();
  }
  // The read (a few ms) reaches the loop after the source is gone: it must
  // be dropped, not delivered to freed memory (ASan) or reported.
  unknot::test::pump_until([] { return false; }, 300ms);
  CHECK(recorder.reports.empty());
}
