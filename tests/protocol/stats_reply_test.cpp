// The `stats` reply on the wire: whole seconds, compliance by the core's
// rule, totals over the period, and a reader that survives other daemons.
#include "protocol/stats_reply.hpp"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace std::chrono_literals;

TEST_CASE("the stats JSON carries every day and the period's totals") {
  std::vector<DayFigures> days(2);
  days[0] = {"2026-03-01", 5, 3, 2, 2, 6h, 5h + 30min, 90min};
  days[1] = {"2026-03-02", 0, 0, 1, 0, 20min, 20min + 500ms, 2h};
  const nlohmann::json json = make_stats_reply(days);
  REQUIRE(json["days"].size() == 2);
  const auto& first = json["days"][0];
  CHECK(first["date"] == "2026-03-01");
  CHECK(first["taken"] == 5);
  CHECK(first["natural"] == 3);
  CHECK(first["snoozed"] == 2);
  CHECK(first["skipped"] == 2);
  CHECK(first["compliance"].get<double>() == Approx(0.8));
  CHECK(first["active_s"] == 21600);
  CHECK(first["sitting_s"] == 19800);
  CHECK(first["longest_sitting_s"] == 5400);
  CHECK(json["days"][1]["compliance"].is_null());  // only a snooze: nothing to judge
  CHECK(json["days"][1]["sitting_s"] == 1200);     // whole seconds, rounded down
  const auto& totals = json["totals"];
  CHECK(totals["taken"] == 5);
  CHECK(totals["snoozed"] == 3);
  CHECK(totals["active_s"] == 21600 + 1200);
  CHECK(totals["longest_sitting_s"] == 7200);  // the longest of any day, not a sum
  CHECK(totals["compliance"].get<double>() == Approx(0.8));
  CHECK(totals["from"] == "2026-03-01");
  CHECK(totals["to"] == "2026-03-02");
}

TEST_CASE("a stats reply reads back as it was written") {
  std::vector<DayFigures> days(2);
  days[0] = {"2026-03-01", 5, 3, 2, 2, 6h, 5h + 30min, 90min};
  days[1] = {"2026-03-02", 0, 0, 1, 0, 20min, 20min, 2h};
  const StatsReply reply = make_stats_reply(days, {{"neck", 4}, {"wrists", 1}});
  CHECK(nlohmann::json(reply).get<StatsReply>() == reply);
  CHECK(reply.totals.compliance == Approx(0.8));
}

TEST_CASE("a stats reply without totals sums its days by the same rule") {
  const auto wire = nlohmann::json::parse(R"({"days": [
      {"date": "2026-03-01", "taken": 2, "natural": 1, "skipped": 1, "longest_sitting_s": 60},
      {"date": "2026-03-02", "taken": "two", "skipped": 3, "longest_sitting_s": 7200}]})");
  const auto reply = wire.get<StatsReply>();
  REQUIRE(reply.days.size() == 2);
  CHECK(reply.days[1].figures.taken == 0);  // mistyped: zero, not an exception
  CHECK(reply.totals.figures.skipped == 4);
  CHECK(reply.totals.figures.longest_sitting == 2h);
  CHECK(reply.totals.compliance == Approx(3.0 / 7.0));
  CHECK(reply.areas.empty());
  CHECK(nlohmann::json::array().get<StatsReply>().days.empty());
}
