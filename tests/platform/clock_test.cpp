// The zone rules behind "pause --until": resolving a local time and reading
// the UTC offset of an instant on either side of a DST change.
#include "platform/clock.hpp"

#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

using namespace std::chrono_literals;

namespace {

/// Sets TZ for the scope, as a user in that zone has it; restores it after.
class ZoneForTest {
 public:
  explicit ZoneForTest(const char* zone) {
    const char* saved = std::getenv("TZ");
    had_ = saved != nullptr;
    if (had_) previous_ = saved;
    ::setenv("TZ", zone, 1);
    ::tzset();
  }
  ~ZoneForTest() {
    had_ ? ::setenv("TZ", previous_.c_str(), 1) : ::unsetenv("TZ");
    ::tzset();
  }
  ZoneForTest(const ZoneForTest&) = delete;
  ZoneForTest& operator=(const ZoneForTest&) = delete;

 private:
  bool had_ = false;
  std::string previous_;
};

unknot::WallTime utc(int month, int day, std::chrono::minutes time) {
  return unknot::WallTime{std::chrono::sys_days{std::chrono::year{2026} / month / day} + time};
}

}  // namespace

TEST_CASE("the offset of an instant follows the zone's DST rules for it", "[clock]") {
  ZoneForTest berlin("Europe/Berlin");
  // Spring: 2026-03-29 01:00 UTC, 02:00 CET becomes 03:00 CEST.
  CHECK(unknot::utc_offset_at(utc(3, 29, 59min)) == 1h);
  CHECK(unknot::utc_offset_at(utc(3, 29, 60min)) == 2h);
  // Autumn: 2026-10-25 01:00 UTC, 03:00 CEST becomes 02:00 CET.
  CHECK(unknot::utc_offset_at(utc(10, 25, 59min)) == 2h);
  CHECK(unknot::utc_offset_at(utc(10, 25, 70min)) == 1h);
}

TEST_CASE("a pause until 03:00 set at 01:59 on the spring DST day ends at 03:00 CEST",
          "[clock]") {
  ZoneForTest berlin("Europe/Berlin");
  const auto at = unknot::next_local_time(unknot::TimeOfDay{3 * 60}, utc(3, 29, 59min));
  REQUIRE(at);
  CHECK(*at == utc(3, 29, 60min));  // one minute later: 01:00 UTC
  CHECK(unknot::utc_offset_at(*at) == 2h);
}
