#include "core/duration_text.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using unknot::format_duration;
using unknot::parse_duration;

TEST_CASE("durations parse the forms users type") {
  CHECK(parse_duration("45s") == unknot::Duration{45s});
  CHECK(parse_duration("20m") == unknot::Duration{20min});
  CHECK(parse_duration("1h30m") == unknot::Duration{90min});
  CHECK(parse_duration("1h2m3s") == unknot::Duration{3723s});
  CHECK(parse_duration("90") == unknot::Duration{90s});
  CHECK(parse_duration("0") == unknot::Duration{0s});
}

TEST_CASE("malformed durations are refused, not guessed") {
  for (const char* bad :
       {"", "-5m", "5x", "m", "1m1h", "1h30", "1hh", "1.5h", " 5m", "99999999999s"})
    CHECK_FALSE(parse_duration(bad).has_value());
}

TEST_CASE("durations format compactly and round-trip") {
  CHECK(format_duration(90min) == "1h30m");
  CHECK(format_duration(45s) == "45s");
  CHECK(format_duration(0s) == "0s");
  CHECK(format_duration(3723s) == "1h2m3s");
  CHECK(parse_duration(format_duration(7384s)) == unknot::Duration{7384s});
}

TEST_CASE("a refused duration suggests the form the user most likely meant") {
  using unknot::suggest_duration;
  CHECK(suggest_duration("20min") == "20m");
  CHECK(suggest_duration("30sec") == "30s");
  CHECK(suggest_duration("1.5h") == "1h30m");
  CHECK(suggest_duration("1h 30m") == "1h30m");
  CHECK(suggest_duration("2 Hours") == "2h");
  CHECK(suggest_duration("1 hour, 30 minutes") == "1h30m");
  CHECK(suggest_duration("0.5m") == "30s");
  // No plain reading: no guess.
  for (const char* vague : {"", "soon", "5x", "1..5h", "0.3s", "0m", "-5m", "h", "1h30"})
    CHECK_FALSE(suggest_duration(vague).has_value());
}
