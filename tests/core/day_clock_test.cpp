// Calendar arithmetic behind the daily counters and working hours.
#include "core/day_clock.hpp"

#include <catch2/catch.hpp>

#include "support/sim_clock.hpp"

using namespace std::chrono_literals;
using unknot::Duration;
using unknot::TimeOfDay;
using unknot::test::SimClock;

namespace {
// Monday 2026-03-02 at the given local time, UTC+1.
SimClock monday_at(std::chrono::minutes local) {
  return SimClock{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}, local, 1h};
}
}  // namespace

TEST_CASE("the local day changes at day_starts, not at midnight") {
  SimClock clock = monday_at(3h + 59min);
  const auto before = unknot::local_day(clock.now(), TimeOfDay{4 * 60});
  CHECK(unknot::local_day(clock.advance(1min), TimeOfDay{4 * 60}) == before + 1);
  // The same instant seen two hours further east is already past 04:00.
  SimClock east = monday_at(3h + 59min);
  east.set_utc_offset(3h);
  CHECK(unknot::local_day(east.now(), TimeOfDay{4 * 60}) == before + 1);
}

TEST_CASE("the next day boundary is found through the current clock reading") {
  SimClock clock = monday_at(22h);
  const auto day = unknot::local_day(clock.now(), TimeOfDay{4 * 60});
  const auto next = unknot::day_start_steady(day + 1, TimeOfDay{4 * 60}, clock.now());
  CHECK(next - clock.now().steady == Duration{6h});
}

TEST_CASE("working hours hold reminders outside the hours and on days off") {
  unknot::WorkingHours hours;
  hours.only_inside = true;
  CHECK(unknot::outside_working_hours(hours, monday_at(8h + 59min).now()));
  CHECK_FALSE(unknot::outside_working_hours(hours, monday_at(9h).now()));
  CHECK(unknot::outside_working_hours(hours, monday_at(17h).now()));
  SimClock saturday = monday_at(12h);
  saturday.advance(std::chrono::days{5});
  CHECK(unknot::outside_working_hours(hours, saturday.now()));
  hours.only_inside = false;
  CHECK_FALSE(unknot::outside_working_hours(hours, saturday.now()));
}

TEST_CASE("the next working-hours change skips the weekend") {
  unknot::WorkingHours hours;
  hours.only_inside = true;
  SimClock friday = monday_at(17h);
  friday.advance(std::chrono::days{4});
  const auto next = unknot::next_working_hours_change(hours, friday.now());
  REQUIRE(next);
  CHECK(*next - friday.now().steady == Duration{std::chrono::days{2} + 16h});  // Monday 09:00
  const auto noon = monday_at(12h).now();
  CHECK(unknot::next_working_hours_change(hours, noon) == noon.steady + 5h);
  hours.days = {};
  CHECK_FALSE(unknot::next_working_hours_change(hours, noon));
}
