// The figures `unknotctl stats` shows: a replayed day, calendar handling and
// the JSON the daemon returns. Written straight through the batch writer, so
// no thread is involved.
#include "history/history_queries.hpp"

#include <map>

#include <catch2/catch.hpp>

#include "history/history_dates.hpp"
#include "history/history_open.hpp"
#include "history/history_writer.hpp"
#include "protocol/stats_reply.hpp"
#include "support/sim_clock.hpp"
#include "support/temp_home.hpp"

using namespace unknot;
using namespace std::chrono_literals;

namespace {

struct Db {
  test::TempHome home;
  std::vector<std::string> warnings;
  sqlite::Database db =
      open_history_database(home.state_home() / "unknot" / "history.sqlite3",
                            [this](const std::string& w) { warnings.push_back(w); });

  void write(std::vector<HistoryItem> items) {
    write_history_items(db, items, [this](const std::string& w) { warnings.push_back(w); });
  }
};

BreakRecord outcome_at(const Now& at, Outcome outcome, BreakKind kind = BreakKind::micro) {
  BreakRecord record;
  record.at = at.wall;
  record.local_date = history_date(at, TimeOfDay{4 * 60});
  record.kind = kind;
  record.outcome = outcome;
  if (outcome == Outcome::taken) {
    record.exercise_ids = {"neck-side-tilt"};
    record.areas = {"neck", "trapezius"};
  }
  return record;
}

// A workday as the daemon would record it: every 20 minutes of work a micro
// break whose outcome follows a fixed pattern, every third one a rest break,
// and a late-night break after midnight that still belongs to the same day.
struct ReplayedDay {
  std::vector<HistoryItem> items;
  std::map<Outcome, int> expected;
  DayTotals totals;
};

ReplayedDay replay_workday() {
  test::SimClock clock;  // Monday 2026-03-02 08:00
  ReplayedDay day;
  const Outcome pattern[] = {Outcome::taken,   Outcome::snoozed, Outcome::taken, Outcome::natural,
                             Outcome::skipped, Outcome::snoozed, Outcome::taken, Outcome::natural};
  for (int i = 0; i < 24; ++i) {
    const Now at = clock.advance(20min);
    const Outcome outcome = pattern[i % 8];
    const BreakKind kind = i % 3 == 2 ? BreakKind::rest : BreakKind::micro;
    day.items.push_back(outcome_at(at, outcome, kind));
    ++day.expected[outcome];
  }
  // 08:00 + 24 * 20 min = 16:00; then a late session: 01:30 the next night.
  const Now late = clock.advance(9h + 30min);
  day.items.push_back(outcome_at(late, Outcome::skipped));
  ++day.expected[Outcome::skipped];
  day.totals = DayTotals{"2026-03-02", 7h + 12min, 6h + 40min, 1h + 5min};
  day.items.push_back(DayTotals{"2026-03-02", 3h, 2h, 50min});  // an earlier snapshot
  day.items.push_back(day.totals);
  return day;
}

DayFigures zeros(std::string date) {
  DayFigures day;
  day.date = std::move(date);
  return day;
}

}  // namespace

TEST_CASE("the daily figures agree with a replayed workday") {
  Db db;
  const auto day = replay_workday();
  db.write(day.items);
  const auto days = query_history_days(db.db, 1, "2026-03-02");
  REQUIRE(days.size() == 1);
  const auto& d = days[0];
  CHECK(d.date == "2026-03-02");
  CHECK(d.taken == day.expected.at(Outcome::taken));
  CHECK(d.natural == day.expected.at(Outcome::natural));
  CHECK(d.snoozed == day.expected.at(Outcome::snoozed));
  CHECK(d.skipped == day.expected.at(Outcome::skipped));
  CHECK(d.active == day.totals.active);
  CHECK(d.sitting == day.totals.sitting);
  CHECK(d.longest_sitting == day.totals.longest_sitting);
  const double happened = d.taken + d.natural;
  REQUIRE(d.compliance().has_value());
  CHECK(*d.compliance() == Approx(happened / (happened + d.skipped)));
  CHECK(db.warnings.empty());
}

TEST_CASE("days without history are listed as zeros, oldest first, across a year end") {
  Db db;
  BreakRecord record;
  record.local_date = "2026-01-01";
  record.outcome = Outcome::skipped;
  db.write({record, DayTotals{"2025-12-30", 2h, 1h, 30min}});
  const auto days = query_history_days(db.db, 4, "2026-01-01");
  REQUIRE(days.size() == 4);
  CHECK(days[0].date == "2025-12-29");
  CHECK(days[1].date == "2025-12-30");
  CHECK(days[3].date == "2026-01-01");
  CHECK(days[0] == zeros("2025-12-29"));
  CHECK(days[1].active == Duration{2h});
  CHECK(days[2] == zeros("2025-12-31"));
  CHECK(days[3].skipped == 1);
  CHECK(days[3].compliance() == 0.0);
  CHECK_FALSE(days[0].compliance().has_value());
}

TEST_CASE("records outside the asked period are not counted") {
  Db db;
  BreakRecord before, inside, after;
  before.local_date = "2026-02-28";
  inside.local_date = "2026-03-01";
  after.local_date = "2026-03-03";
  db.write({before, inside, after});
  const auto days = query_history_days(db.db, 2, "2026-03-02");
  REQUIRE(days.size() == 2);
  CHECK(days[0].date == "2026-03-01");
  CHECK(days[0].taken == 1);
  CHECK(days[1].taken == 0);
}

TEST_CASE("an invalid date or day count gives no rows, a huge count is capped") {
  Db db;
  CHECK(query_history_days(db.db, 7, "2026-02-30").empty());
  CHECK(query_history_days(db.db, 7, "yesterday").empty());
  CHECK(query_history_days(db.db, 0, "2026-03-02").empty());
  CHECK(query_history_days(db.db, -3, "2026-03-02").empty());
  CHECK(query_history_days(db.db, 1'000'000'000, "2026-03-02").size() ==
        static_cast<std::size_t>(kMaxHistoryQueryDays));
}

TEST_CASE("areas worked count taken breaks only, most worked first") {
  Db db;
  BreakRecord neck = outcome_at(test::SimClock{}.now(), Outcome::taken);  // neck, trapezius
  BreakRecord wrists = neck;
  wrists.areas = {"wrists", "neck"};
  BreakRecord skipped = neck;
  skipped.outcome = Outcome::skipped;
  skipped.areas = {"wrists", "hips"};
  db.write({neck, wrists, skipped, skipped});
  const auto areas = query_areas_worked(db.db, "2026-03-01", "2026-03-02");
  CHECK(areas == std::vector<AreaCount>{{"neck", 2}, {"trapezius", 1}, {"wrists", 1}});
  CHECK(query_areas_worked(db.db, "2026-03-03", "2026-03-09").empty());
}

TEST_CASE("the user's day starts at day_starts, not at midnight") {
  test::SimClock clock(std::chrono::sys_days{std::chrono::year{2026} / 1 / 1}, 2h);
  CHECK(history_date(clock.now(), TimeOfDay{4 * 60}) == "2025-12-31");
  CHECK(history_date(clock.now()) == "2026-01-01");
  clock.advance(2h);
  CHECK(history_date(clock.now(), TimeOfDay{4 * 60}) == "2026-01-01");
  // The local offset decides the date, not UTC: 00:30 in UTC+1 is 23:30 UTC.
  test::SimClock early(std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}, 30min);
  CHECK(history_date(early.now()) == "2026-03-02");
}

TEST_CASE("history dates move by calendar days") {
  CHECK(add_days("2026-03-01", -1) == "2026-02-28");
  CHECK(add_days("2024-12-31", 1) == "2025-01-01");
  CHECK(retention_cutoff("2026-03-02", 365) == "2025-03-02");
  CHECK_FALSE(add_days("someday", 1).has_value());
}
