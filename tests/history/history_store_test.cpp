// HistoryStore as the daemon uses it: records queue without waiting, commit
// in order, survive restarts, and a failing disk costs memory, not reminders.
#include "history/history_store.hpp"

#include <future>
#include <mutex>

#include <catch2/catch.hpp>

#include "history/history_dates.hpp"
#include "support/temp_home.hpp"

using namespace unknot;
using namespace std::chrono_literals;

namespace {

// Warnings arrive on the writer thread and the caller's.
class Warnings {
 public:
  HistoryWarn sink() {
    return [this](const std::string& line) {
      std::lock_guard lock(mutex_);
      lines_.push_back(line);
    };
  }
  std::size_t count(const std::string& part) const {
    std::lock_guard lock(mutex_);
    return static_cast<std::size_t>(std::count_if(
        lines_.begin(), lines_.end(),
        [&](const std::string& line) { return line.find(part) != std::string::npos; }));
  }
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return lines_.size();
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
};

HistoryOptions fast_retry(Warnings& warnings) {
  HistoryOptions options;
  options.first_retry = 1ms;
  options.max_retry = 10ms;
  options.warn = warnings.sink();
  return options;
}

std::filesystem::path history_path(const test::TempHome& home) {
  return home.state_home() / "unknot" / "history.sqlite3";
}

BreakRecord a_break(const std::string& date, Outcome outcome, int n = 0) {
  BreakRecord record;
  record.at = WallTime{std::chrono::seconds{n}};
  record.local_date = date;
  record.outcome = outcome;
  record.exercise_ids = {"ex-" + std::to_string(n)};
  record.areas = {"neck"};
  return record;
}

std::int64_t count(const std::filesystem::path& path, const std::string& sql) {
  auto db = sqlite::Database::open_read_only(path);
  return std::stoll(db.query_text(sql));
}

}  // namespace

TEST_CASE("recorded breaks show up in the daily figures once committed") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  for (auto outcome :
       {Outcome::taken, Outcome::taken, Outcome::natural, Outcome::snoozed, Outcome::skipped}) {
    store.record_break(a_break("2026-03-02", outcome));
  }
  store.record_day_totals({"2026-03-02", 5h, 4h, 1h});
  REQUIRE(store.flush());
  const auto days = store.query_days(2, "2026-03-03");
  REQUIRE(days.size() == 2);
  CHECK(days[0].date == "2026-03-02");
  CHECK(days[0].taken == 2);
  CHECK(days[0].natural == 1);
  CHECK(days[0].snoozed == 1);
  CHECK(days[0].skipped == 1);
  CHECK(days[0].compliance() == Approx(0.75));
  CHECK(days[0].active == Duration{5h});
  CHECK(days[1].date == "2026-03-03");
  CHECK(days[1].taken == 0);
  CHECK(std::filesystem::exists(history_path(home)));
  CHECK(warnings.size() == 0);
}

TEST_CASE("history survives a restart of the daemon") {
  test::TempHome home;
  Warnings warnings;
  {
    HistoryStore store(history_path(home), fast_retry(warnings));
    store.record_break(a_break("2026-03-02", Outcome::taken));
    store.record_meeting({"camera", WallTime{1h}, WallTime{2h}, "2026-03-02"});
    // No flush: shutting down commits what is queued.
  }
  HistoryStore again(history_path(home), fast_retry(warnings));
  CHECK(again.query_days(1, "2026-03-02").at(0).taken == 1);
  CHECK(count(history_path(home), "SELECT count(*) FROM meetings WHERE source = 'camera'") == 1);
  CHECK(warnings.size() == 0);
}

TEST_CASE("acknowledged() counts committed records in the order they were recorded") {
  test::TempHome home;
  Warnings warnings;
  std::vector<std::uint64_t> commits;
  std::mutex commits_mutex;
  auto options = fast_retry(warnings);
  options.on_commit = [&](std::uint64_t n) {
    std::lock_guard lock(commits_mutex);
    commits.push_back(n);
  };
  HistoryStore store(history_path(home), options);
  std::uint64_t last = 0;
  for (int i = 1; i <= 50; ++i) last = store.record_break(a_break("2026-03-02", Outcome::taken, i));
  CHECK(last == 50);
  REQUIRE(store.flush());
  CHECK(store.acknowledged() == 50);
  CHECK(store.pending() == 0);
  std::lock_guard lock(commits_mutex);
  REQUIRE_FALSE(commits.empty());
  CHECK(commits.back() == 50);
  CHECK(std::is_sorted(commits.begin(), commits.end()));
  CHECK(count(history_path(home), "SELECT count(*) FROM breaks") == 50);
  CHECK(count(history_path(home), "SELECT count(*) FROM break_exercises") == 50);
}

TEST_CASE("recording never waits for a database that is busy elsewhere") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  store.record_break(a_break("2026-03-02", Outcome::taken));
  REQUIRE(store.flush());
  auto blocker = sqlite::Database::open(history_path(home));
  blocker.exec("BEGIN EXCLUSIVE");
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 200; ++i) store.record_break(a_break("2026-03-02", Outcome::skipped, i));
  const auto spent = std::chrono::steady_clock::now() - start;
  CHECK(spent < 100ms);  // 200 records; the writer is stuck behind the lock
  CHECK(store.acknowledged() == 1);
  blocker.exec("ROLLBACK");
  REQUIRE(store.flush());
  CHECK(store.query_days(1, "2026-03-02").at(0).skipped == 200);
}

TEST_CASE("a full database keeps records in memory, warns once and saves them later") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  store.record_break(a_break("2026-03-02", Outcome::taken));
  REQUIRE(store.flush());
  store.set_page_limit(count(history_path(home), "PRAGMA page_count"));
  auto big = a_break("2026-03-02", Outcome::natural);
  big.exercise_ids.assign(40, std::string(500, 'x'));  // needs new pages
  for (int i = 0; i < 5; ++i) store.record_break(big);
  CHECK_FALSE(store.flush(100ms));
  CHECK(store.acknowledged() == 1);
  CHECK(store.pending() == 5);
  CHECK(warnings.count("cannot write") == 1);  // retried many times, reported once
  store.set_page_limit(0);                     // space again
  REQUIRE(store.flush());
  CHECK(store.acknowledged() == 6);
  CHECK(store.query_days(1, "2026-03-02").at(0).natural == 5);
  CHECK(warnings.count("work again") == 1);
}

TEST_CASE("past max_pending during an outage new records are dropped and counted") {
  test::TempHome home;
  Warnings warnings;
  auto options = fast_retry(warnings);
  options.max_pending = 4;
  HistoryStore store(history_path(home), options);
  store.record_break(a_break("2026-03-02", Outcome::taken));
  REQUIRE(store.flush());
  store.set_page_limit(count(history_path(home), "PRAGMA page_count"));
  auto big = a_break("2026-03-02", Outcome::skipped);
  big.exercise_ids.assign(40, std::string(500, 'x'));
  store.record_break(big);
  CHECK_FALSE(store.flush(50ms));  // the outage has begun
  REQUIRE(warnings.count("cannot write") == 1);
  for (int i = 1; i <= 10; ++i) {
    big.at = WallTime{std::chrono::seconds{i}};
    store.record_break(big);
  }
  CHECK(store.pending() == 4);
  CHECK(store.dropped() == 7);
  CHECK(warnings.count("dropping new ones") == 1);
  store.set_page_limit(0);
  REQUIRE(store.flush());
  CHECK(store.query_days(1, "2026-03-02").at(0).skipped == 4);
  // The oldest waiting ones survived: no hole in the saved history.
  CHECK(count(history_path(home), "SELECT max(at_ms) FROM breaks") == 3000);
}

TEST_CASE("a healthy writer takes any burst without dropping") {
  test::TempHome home;
  Warnings warnings;
  auto options = fast_retry(warnings);
  options.max_pending = 4;
  HistoryStore store(history_path(home), options);
  for (int i = 0; i < 500; ++i) store.record_break(a_break("2026-03-02", Outcome::taken, i));
  REQUIRE(store.flush());
  CHECK(store.dropped() == 0);
  CHECK(store.query_days(1, "2026-03-02").at(0).taken == 500);
}

TEST_CASE("a folder that cannot be created costs the history, never the caller") {
  test::TempHome home;
  Warnings warnings;
  const auto blocked = home.write("not-a-folder", "a file where the state folder should be");
  {
    HistoryStore store(blocked / "unknot" / "history.sqlite3", fast_retry(warnings));
    store.record_break(a_break("2026-03-02", Outcome::taken));
    CHECK_FALSE(store.flush(50ms));
    const auto days = store.query_days(3, "2026-03-02");  // zeros, not an exception
    REQUIRE(days.size() == 3);
    CHECK(days[2].taken == 0);
    CHECK(warnings.count("cannot write") == 1);
    CHECK(warnings.count("keeping 1 record in memory") == 1);
  }
  CHECK(warnings.count("1 record could not be written before exit") == 1);
}

TEST_CASE("retention deletes everything dated before the cutoff") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  for (const char* date : {"2025-01-15", "2025-03-01", "2025-03-02", "2026-03-02"}) {
    store.record_break(a_break(date, Outcome::taken));
    store.record_pause({WallTime{1h}, WallTime{2h}, date, "tray"});
    store.record_meeting({"calendar", WallTime{3h}, WallTime{4h}, date});
    store.record_day_totals({date, 1h, 1h, 1h});
  }
  store.apply_retention(*retention_cutoff("2026-03-02", 365));
  REQUIRE(store.flush());
  const auto path = history_path(home);
  CHECK(count(path, "SELECT min(day) FROM breaks WHERE day >= '2025-03-02'") > 0);
  for (const char* table : {"breaks", "pauses", "meetings", "days"}) {
    INFO(table);
    CHECK(count(path, std::string("SELECT count(*) FROM ") + table) == 2);
  }
  CHECK(count(path, "SELECT count(*) FROM break_exercises") == 2);  // cascaded
  CHECK(count(path, "SELECT count(*) FROM break_areas") == 2);
  const auto total = sum_days(store.query_days(400, "2026-03-02"));
  CHECK(total.taken == 2);
  CHECK(total.active == Duration{std::chrono::hours{2}});
}

TEST_CASE("later day totals replace earlier ones for the same date") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  store.record_day_totals({"2026-03-02", 1h, 1h, 20min});
  store.record_day_totals({"2026-03-02", 3h, 2h + 30min, 55min});
  REQUIRE(store.flush());
  const auto day = store.query_days(1, "2026-03-02").at(0);
  CHECK(day.active == Duration{3h});
  CHECK(day.sitting == Duration{2h + 30min});
  CHECK(day.longest_sitting == Duration{55min});
}

TEST_CASE("a record the schema rejects is dropped with a warning, the rest commit") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  auto bad = a_break("2026-03-02", Outcome::taken);
  bad.sitting = Duration{-1};
  store.record_break(a_break("2026-03-02", Outcome::taken));
  store.record_break(bad);
  store.record_break(a_break("2026-03-02", Outcome::taken));
  REQUIRE(store.flush());
  CHECK(store.query_days(1, "2026-03-02").at(0).taken == 2);
  CHECK(warnings.count("dropped a record") == 1);
  CHECK(count(history_path(home), "SELECT count(*) FROM break_exercises") == 2);
}

TEST_CASE("pauses and meetings are kept with their sources and times") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  store.record_pause({WallTime{10min}, WallTime{40min}, "2026-03-02", "unknotctl"});
  store.record_meeting({"microphone", WallTime{1h}, WallTime{1h + 45min}, "2026-03-02"});
  REQUIRE(store.flush());
  auto db = sqlite::Database::open_read_only(history_path(home));
  CHECK(db.query_text("SELECT source || ' ' || start_ms || ' ' || end_ms FROM pauses") ==
        "unknotctl 600000 2400000");
  CHECK(db.query_text("SELECT source || ' ' || (end_ms - start_ms) FROM meetings") ==
        "microphone 2700000");
}

TEST_CASE("a job after pending records sees them, without anyone flushing") {
  test::TempHome home;
  Warnings warnings;
  HistoryStore store(history_path(home), fast_retry(warnings));
  for (int i = 0; i < 3; ++i) store.record_break(a_break("2026-03-02", Outcome::taken, i));
  std::promise<int> taken;
  store.after_pending([&] { taken.set_value(store.query_days(1, "2026-03-02").at(0).taken); });
  auto result = taken.get_future();
  REQUIRE(result.wait_for(10s) == std::future_status::ready);
  CHECK(result.get() == 3);
}

TEST_CASE("while writes fail a job runs at once on what is committed") {
  test::TempHome home;
  Warnings warnings;
  HistoryOptions options = fast_retry(warnings);
  options.first_retry = 1h;  // the writer waits long after a failure: the job must not
  options.max_retry = 1h;
  HistoryStore store(history_path(home), options);
  store.record_break(a_break("2026-03-02", Outcome::taken));
  REQUIRE(store.flush());
  store.set_page_limit(count(history_path(home), "PRAGMA page_count"));
  auto big = a_break("2026-03-02", Outcome::natural);
  big.exercise_ids.assign(40, std::string(500, 'x'));  // needs new pages
  store.record_break(big);
  CHECK_FALSE(store.flush(100ms));  // the write failed and waits for its retry
  std::promise<DayFigures> day;
  store.after_pending([&] { day.set_value(store.query_days(1, "2026-03-02").at(0)); });
  auto result = day.get_future();
  REQUIRE(result.wait_for(10s) == std::future_status::ready);
  const DayFigures figures = result.get();
  CHECK(figures.taken == 1);
  CHECK(figures.natural == 0);  // still in memory, not yet committed
  CHECK(store.pending() == 1);
}
