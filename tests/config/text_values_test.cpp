#include "config/text_values.hpp"

#include <catch2/catch.hpp>

using unknot::closest_match;
using unknot::did_you_mean;
using unknot::parse_time_of_day;
using unknot::parse_working_span;

namespace {
const std::vector<std::string_view> kKeys{"enabled", "every", "duration"};
}

TEST_CASE("typos find the key they were meant to be, unrelated words find nothing") {
  CHECK(closest_match("evry", kKeys) == "every");
  CHECK(closest_match("Every", kKeys) == "every");  // case is ignored
  CHECK(closest_match("evrey", kKeys) == "every");  // swapped letters count once
  CHECK(closest_match("duraton", kKeys) == "duration");
  CHECK(closest_match("interval", kKeys).empty());
  CHECK(closest_match("ev", kKeys).empty());  // short words need a close match
  CHECK(did_you_mean("enabeld", kKeys) == "; did you mean `enabled`?");
  CHECK(did_you_mean("colour", kKeys).empty());
}

TEST_CASE("working spans need a start before the end") {
  const auto span = parse_working_span("08:30-17:15");
  REQUIRE(span.has_value());
  CHECK(span->start.minutes == 8 * 60 + 30);
  CHECK(span->end.minutes == 17 * 60 + 15);
  CHECK_FALSE(parse_working_span("17:00-09:00").has_value());
  CHECK_FALSE(parse_working_span("09:00-09:00").has_value());
  CHECK_FALSE(parse_working_span("09:00").has_value());
  CHECK(unknot::format_time_of_day(span->end) == "17:15");
}
