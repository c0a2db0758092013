// The text forms of times of day, dates and instants (core/time_text.hpp):
// one owner for what config, protocol, history and the front ends read and write.
#include "core/time_text.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using unknot::format_iso8601;
using unknot::format_time_of_day;
using unknot::parse_date;
using unknot::parse_iso8601;
using unknot::parse_time_of_day;
using unknot::TimeOfDay;

namespace {
/// Noon on 2026-11-24 in UTC+1 (11:00 UTC).
unknot::WallTime noon_in_utc_plus_one() {
  return unknot::WallTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 11h};
}
}  // namespace

TEST_CASE("times of day are HH:MM within a day") {
  CHECK(parse_time_of_day("04:00")->minutes == 240);
  CHECK(parse_time_of_day("9:05")->minutes == 9 * 60 + 5);
  CHECK(parse_time_of_day("23:59")->minutes == 23 * 60 + 59);
  for (const char* bad : {"24:00", "12:60", "12:5", "1200", "", ":30", "123:00", "ab:cd", "-1:00"})
    CHECK_FALSE(parse_time_of_day(bad).has_value());
}

TEST_CASE("times of day format zero-padded and read back") {
  CHECK(format_time_of_day(TimeOfDay{9 * 60 + 5}) == "09:05");
  CHECK(format_time_of_day(TimeOfDay{0}) == "00:00");
  for (int minutes : {0, 59, 60, 754, 1439})
    CHECK(parse_time_of_day(format_time_of_day(TimeOfDay{minutes}))->minutes == minutes);
}

TEST_CASE("dates parse strictly") {
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value());
  CHECK_FALSE(parse_date("2026-3-02").has_value());
  CHECK_FALSE(parse_date("2026-03-02 ").has_value());
  CHECK_FALSE(parse_date("2026/03/02").has_value());
  CHECK(unknot::format_date(*parse_date("2024-02-29")) == "2024-02-29");
}

TEST_CASE("ISO 8601 handles negative, half-hour and zero offsets and day changes") {
  const unknot::WallTime noon_utc{std::chrono::sys_days{std::chrono::year{2026} / 1 / 1} + 12h};
  CHECK(format_iso8601(noon_utc, -5h) == "2026-01-01T07:00:00-05:00");
  CHECK(format_iso8601(noon_utc, 5h + 30min) == "2026-01-01T17:30:00+05:30");
  CHECK(format_iso8601(noon_utc, 0s) == "2026-01-01T12:00:00+00:00");
  CHECK(format_iso8601(noon_utc + 13h, 0s) == "2026-01-02T01:00:00+00:00");
  CHECK(format_iso8601(noon_utc - 13h, -2h) == "2025-12-31T21:00:00-02:00");
  CHECK(format_iso8601(noon_utc - 9h - 30min, -3h - 30min) == "2025-12-31T23:00:00-03:30");
}

TEST_CASE("ISO 8601 instants read back with their offset") {
  const auto t = parse_iso8601("2026-11-24T14:00:00+01:00");
  REQUIRE(t);
  CHECK(*t == noon_in_utc_plus_one() + 2h);
  CHECK(parse_iso8601("2026-11-24T13:00:00Z") == std::nullopt);
  // What format_iso8601 writes reads back as the same instant.
  for (const std::chrono::seconds offset :
       {std::chrono::seconds{-5h}, std::chrono::seconds{0h}, std::chrono::seconds{5h + 30min}})
    CHECK(parse_iso8601(format_iso8601(*t, offset)) == *t);
}

TEST_CASE("the local time of day of an instant follows the offset across midnight") {
  const unknot::WallTime t = noon_in_utc_plus_one();  // 11:00 UTC
  CHECK(format_time_of_day(unknot::local_time_of_day(t, 3600s)) == "12:00");
  CHECK(format_time_of_day(unknot::local_time_of_day(t, -12h)) == "23:00");
  CHECK(format_time_of_day(unknot::local_time_of_day(t + 13h, 0s)) == "00:00");
}
