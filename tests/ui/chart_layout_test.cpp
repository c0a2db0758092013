#include "ui/chart_layout.hpp"

#include <catch2/catch.hpp>

using namespace unknot::chart;

TEST_CASE("nice_scale rounds the top up to a whole number of 1/2/5 steps", "[chart]") {
  const Scale s = nice_scale(13, 4);
  CHECK(s.step == 5);
  CHECK(s.max == 15);
  CHECK(s.ticks == std::vector<double>{0, 5, 10, 15});
  const Scale big = nice_scale(96, 5);
  CHECK(big.step == 20);
  CHECK(big.max == 100);
  CHECK(big.max >= 96);
}

TEST_CASE("nice_scale keeps whole-number ticks for small counts", "[chart]") {
  const Scale s = nice_scale(2, 5);
  CHECK(s.step == 1);
  CHECK(s.ticks == std::vector<double>{0, 1, 2});
}

TEST_CASE("nice_scale with zero data still gives an axis", "[chart]") {
  for (const double v : {0.0, -3.0}) {
    const Scale s = nice_scale(v);
    CHECK(s.max == 1);
    CHECK(s.ticks == std::vector<double>{0, 1});
    CHECK(s.fraction(0) == 0);
  }
}

TEST_CASE("duration_scale ticks fall on whole minutes and hours", "[chart]") {
  const Scale hours = duration_scale(5 * 3600 + 600, 4);  // 5 h 10 min
  CHECK(hours.step == 7200);
  CHECK(hours.max == 6 * 3600);
  const Scale short_day = duration_scale(40 * 60, 4);
  CHECK(short_day.step == 600);
  CHECK(short_day.max == 40 * 60);
  const Scale fifty = duration_scale(50 * 60, 4);  // 10-min steps would need 5 ticks
  CHECK(fifty.step == 900);
  CHECK(fifty.max == 3600);
  CHECK(duration_scale(0).max == 3600);
}

TEST_CASE("fraction and y_of map values onto the plot, clamped", "[chart]") {
  const Scale s = nice_scale(10, 5);
  CHECK(s.fraction(5) == Approx(0.5));
  CHECK(s.fraction(25) == 1);
  CHECK(y_of(0, s, 100, 200) == Approx(300));
  CHECK(y_of(10, s, 100, 200) == Approx(100));
}

TEST_CASE("bar_slots gives each day an even slot, missing days included", "[chart]") {
  const auto slots = bar_slots(14, 40, 700, 0.5);
  REQUIRE(slots.size() == 14);
  CHECK(slots.front().centre == Approx(65));
  CHECK(slots.back().centre == Approx(715));
  for (const auto& s : slots) CHECK(s.width == Approx(25));
  for (std::size_t i = 1; i < slots.size(); ++i)
    CHECK(slots[i].x > slots[i - 1].x + slots[i - 1].width);
  CHECK(bar_slots(0, 0, 100).empty());
  CHECK(bar_slots(5, 0, 0).empty());
}

TEST_CASE("stack piles the outcomes bottom-up and skips zeros", "[chart]") {
  const Scale s = nice_scale(10, 5);  // 0..10
  const auto segs = stack({4, 0, 2, 4}, s, 0, 100);
  REQUIRE(segs.size() == 3);
  CHECK(segs[0].series == 0);
  CHECK(segs[0].top == Approx(60));
  CHECK(segs[0].height == Approx(40));
  CHECK(segs[1].series == 2);
  CHECK(segs[1].top + segs[1].height == Approx(segs[0].top));
  CHECK(segs[2].series == 3);
  CHECK(segs[2].top == Approx(0));
  CHECK(stack({0, 0, 0, 0}, s, 0, 100).empty());
}
