#include "core/calendar_busy.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using unknot::BusyInterval;
using unknot::BusySchedule;
using unknot::WallTime;

namespace {

/// 2026-03-02 (a Monday) at hh:mm UTC.
WallTime at(int hh, int mm) {
  return WallTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}} + std::chrono::hours{hh} +
         std::chrono::minutes{mm};
}

}  // namespace

TEST_CASE("a meeting is busy from its start up to, not including, its end", "[calendar]") {
  const BusySchedule schedule{{{at(10, 0), at(10, 30)}}};
  CHECK_FALSE(schedule.busy_at(at(9, 59)));
  CHECK(schedule.busy_at(at(10, 0)));
  CHECK(schedule.busy_at(at(10, 29)));
  CHECK_FALSE(schedule.busy_at(at(10, 30)));
  CHECK(schedule.next_change(at(9, 0)) == at(10, 0));
  CHECK(schedule.next_change(at(10, 0)) == at(10, 30));
  CHECK(schedule.next_change(at(10, 30)) == std::nullopt);
}

TEST_CASE("back-to-back and overlapping meetings are one busy stretch", "[calendar]") {
  // Given out of order, as a calendar file lists them.
  const BusySchedule schedule{{{at(11, 0), at(11, 45)},
                               {at(10, 0), at(10, 30)},
                               {at(10, 30), at(11, 15)},
                               {at(14, 0), at(15, 0)}}};
  REQUIRE(schedule.intervals().size() == 2);
  CHECK(schedule.intervals()[0] == BusyInterval{at(10, 0), at(11, 45)});
  // No release at 10:30 or 11:00: the next change from inside is the end.
  CHECK(schedule.next_change(at(10, 10)) == at(11, 45));
  CHECK(schedule.busy_at(at(10, 30)));
  CHECK_FALSE(schedule.busy_at(at(12, 0)));
  CHECK(schedule.next_change(at(12, 0)) == at(14, 0));
}

TEST_CASE("a meeting of no length, or ending before it starts, is not busy", "[calendar]") {
  const BusySchedule schedule{{{at(10, 0), at(10, 0)}, {at(12, 0), at(11, 0)}}};
  CHECK(schedule.intervals().empty());
  CHECK_FALSE(schedule.busy_at(at(10, 0)));
  CHECK_FALSE(schedule.busy_at(at(11, 30)));
  CHECK(schedule.next_change(at(9, 0)) == std::nullopt);
}

TEST_CASE("a meeting nested inside a longer one does not end the longer one", "[calendar]") {
  const BusySchedule schedule{{{at(9, 0), at(12, 0)}, {at(10, 0), at(10, 30)}}};
  CHECK(schedule.busy_at(at(10, 45)));
  CHECK(schedule.next_change(at(10, 15)) == at(12, 0));
}
