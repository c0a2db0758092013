// The clocks on Windows: GetTickCount64 for steady time (it runs on through
// sleep, so a suspend is a jump the engine sees), the system time for the
// wall, the zone's offset for "pause until 14:00".
#include <ctime>

#include <catch2/catch.hpp>

#include "core/time_text.hpp"
#include "platform/clock.hpp"

using namespace std::chrono_literals;

TEST_CASE("the wall clock agrees with the C library's, the offset with local time",
          "[clock][windows]") {
  const unknot::Now now = unknot::read_clock();
  const auto wall_s = std::chrono::duration_cast<std::chrono::seconds>(now.wall.time_since_epoch());
  CHECK(std::abs(wall_s.count() - static_cast<long long>(std::time(nullptr))) <= 2);
  // local = UTC + offset, as localtime_s reads it.
  const std::tm local = unknot::local_calendar(static_cast<std::time_t>(wall_s.count()));
  const auto local_s = std::chrono::duration_cast<std::chrono::seconds>(
      now.local().time_since_epoch());
  CHECK(local_s.count() % 86400 / 3600 == local.tm_hour);
  CHECK(now.utc_offset.count() % 60 == 0);
}

TEST_CASE("steady time only moves forward", "[clock][windows]") {
  const unknot::Now first = unknot::read_clock();
  const unknot::Now second = unknot::read_clock();
  CHECK(second.steady >= first.steady);
  CHECK(first.steady.time_since_epoch() > 0ms);
}

TEST_CASE("the next 14:00 is ahead and within a day", "[clock][windows]") {
  const unknot::Now now = unknot::read_clock();
  const auto at = unknot::next_local_time(unknot::TimeOfDay{14 * 60}, now.wall);
  REQUIRE(at);
  CHECK(*at > now.wall);
  CHECK(*at - now.wall <= 24h + 1h);
  const std::tm local = unknot::local_calendar(
      std::chrono::duration_cast<std::chrono::seconds>(at->time_since_epoch()).count());
  CHECK(local.tm_hour == 14);
  CHECK(local.tm_min == 0);
  // "25:00" never reaches the clock: it is no time of day (core/time_text.hpp).
  CHECK_FALSE(unknot::parse_time_of_day("25:00"));
}
