#include "ui/stats_window_model.hpp"

#include <catch2/catch.hpp>

using namespace unknot;
using nlohmann::json;

namespace {

json day(const std::string& date, int taken, int natural, int snoozed, int skipped, int sitting_s,
         int longest_s) {
  return {{"date", date},          {"taken", taken},
          {"natural", natural},    {"snoozed", snoozed},
          {"skipped", skipped},    {"sitting_s", sitting_s},
          {"active_s", sitting_s}, {"longest_sitting_s", longest_s}};
}

/// The model from two `stats` results as they come over the wire.
StatsModel stats_model(const json& fortnight, const json& week) {
  return unknot::stats_model(fortnight.get<StatsReply>(), week.get<StatsReply>());
}

}  // namespace

TEST_CASE("stats_model fills 14 slots ending on the last reported day", "[stats]") {
  const json fortnight = {{"days", json::array({day("2026-11-17", 5, 1, 2, 0, 18000, 3000),
                                                day("2026-11-24", 3, 0, 0, 1, 7200, 2400)})}};
  const json week = {{"areas", json::array({{{"area", "lower-back"}, {"breaks", 4}},
                                            {{"area", "neck"}, {"breaks", 2}}})}};
  const StatsModel m = stats_model(fortnight, week);
  REQUIRE(m.days.size() == 14);
  CHECK(m.days.front().date == "2026-11-11");
  CHECK(m.days.back().date == "2026-11-24");
  CHECK(day_label(m.days.back().date) == "Tue 24");
  CHECK(m.days[6].date == "2026-11-17");
  CHECK(day_label(m.days[6].date) == "Tue 17");
  CHECK(m.days[6].taken == 5);
  CHECK(m.days[6].longest_sitting == std::chrono::seconds{3000});
  CHECK(m.days[7].taken == 0);  // a day with no records still has its slot
  REQUIRE(m.areas.size() == 2);
  CHECK(m.areas[0].name == "Lower back");
  CHECK_FALSE(m.empty());
}

TEST_CASE("stats_model crosses month ends", "[stats]") {
  const StatsModel m =
      stats_model({{"days", json::array({day("2026-03-02", 1, 0, 0, 0, 60, 60)})}}, json::object());
  REQUIRE(m.days.size() == 14);
  CHECK(m.days.front().date == "2026-02-17");
  CHECK(m.days[12].date == "2026-03-01");
}

TEST_CASE("an empty history reads as empty", "[stats]") {
  json days = json::array();
  for (int d = 11; d <= 24; ++d)
    days.push_back(day("2026-11-" + std::to_string(d), 0, 0, 0, 0, 0, 0));
  const StatsModel m = stats_model({{"days", days}}, {{"areas", json::array()}});
  CHECK(m.days.size() == 14);
  CHECK(m.empty());
  CHECK(totals_line(m) == "This fortnight: 0 breaks taken, 0 natural, 0 snoozed, 0 skipped");
  CHECK(areas_summary(m) == "Body areas worked this week: none yet.");
  CHECK(stats_model(json(nullptr), json(nullptr)).empty());
}

TEST_CASE("totals line sums the fortnight and averages days with sitting", "[stats]") {
  const json fortnight = {{"days", json::array({day("2026-11-23", 50, 6, 4, 3, 18000, 3000),
                                                day("2026-11-24", 46, 6, 4, 2, 19200, 2400)})}};
  const StatsModel m = stats_model(fortnight, json::object());
  CHECK(totals_line(m) ==
        "This fortnight: 96 breaks taken, 12 natural, 8 snoozed, 5 skipped \u00b7 average sitting "
        "5 h 10 min");
}

TEST_CASE("texts for names, durations and screen readers", "[stats]") {
  CHECK(area_name("whole-body") == "Whole body");
  CHECK(area_name("neck") == "Neck");
  CHECK(duration_text(0) == "0 min");
  CHECK(duration_text(45 * 60) == "45 min");
  CHECK(duration_text(3600) == "1 h");
  CHECK(duration_text(5 * 3600 + 600) == "5 h 10 min");
  CHECK(day_label("not a date") == "not a date");
  const StatsModel m =
      stats_model({{"days", json::array({day("2026-11-24", 3, 1, 0, 1, 7200, 2400)})}},
                  {{"areas", json::array({{{"area", "wrists"}, {"breaks", 1}}})}});
  CHECK(breaks_summary(m).find("Tue 24: 3 taken, 1 natural, 0 snoozed, 1 skipped.") !=
        std::string::npos);
  CHECK(sitting_summary(m).find("Tue 24: 2 h, longest 40 min.") != std::string::npos);
  CHECK(areas_summary(m) == "Body areas worked this week. Wrists: 1 break.");
}
