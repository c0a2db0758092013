// unknot-bench-history: a year of history (100k records over 365 days, a
// realistic mix), then the cost of `unknotctl stats --days 365` on it: the
// query, the JSON and the table (median of 20), and the file size per year.
// Budget: query + JSON + table under 50 ms. Exit 1 when over it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "ctl/stats_format.hpp"
#include "history/history_dates.hpp"
#include "history/history_store.hpp"
#include "protocol/stats_reply.hpp"

using namespace unknot;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kDays = 365;
constexpr int kEvents = 100'000;
constexpr int kRuns = 20;
constexpr double kBudgetMs = 50.0;
const char* const kToday = "2026-11-24";

const std::vector<std::pair<std::string, std::vector<std::string>>> kExercises = {
    {"neck-side-tilt", {"neck", "trapezius"}},
    {"chin-tuck", {"neck"}},
    {"shoulder-rolls", {"shoulders"}},
    {"wrist-flexor-stretch", {"wrists", "arms"}},
    {"doorway-chest-stretch", {"chest", "shoulders"}},
    {"seated-twist", {"upper-back", "lower-back"}},
    {"standing-hamstring", {"hamstrings", "lower-back"}},
    {"calf-raises", {"calves"}},
    {"hip-flexor-lunge", {"hips"}},
    {"eye-20-20-20", {"eyes"}},
    {"box-breathing", {"whole-body"}},
    {"walk-around", {"whole-body", "calves"}}};

// Writes one day's records: breaks with a realistic outcome mix, meetings,
// pauses, and the running totals the daemon upserts now and then.
int record_day(HistoryStore& store, const std::string& date, WallTime start, int events,
               std::mt19937& rng) {
  const int meetings = 6, pauses = 2, totals = 12;
  const int breaks = events - meetings - pauses - totals;
  std::discrete_distribution<int> outcome({45, 25, 20, 10});  // taken natural snoozed skipped
  for (int i = 0; i < breaks; ++i) {
    BreakRecord record;
    record.at = start + std::chrono::minutes{2 * i};
    record.local_date = date;
    record.kind = i % 3 == 2 ? BreakKind::rest : BreakKind::micro;
    record.outcome = static_cast<Outcome>(std::array{0, 3, 2, 1}[outcome(rng)]);
    record.sitting = std::chrono::minutes{rng() % 90};
    if (record.outcome != Outcome::natural) {
      for (int n = record.kind == BreakKind::rest ? 3 : 1; n > 0; --n) {
        const auto& [id, areas] = kExercises[rng() % kExercises.size()];
        record.exercise_ids.push_back(id);
        record.areas.insert(record.areas.end(), areas.begin(), areas.end());
      }
    }
    store.record_break(std::move(record));
  }
  for (int i = 0; i < meetings; ++i) {
    store.record_meeting({i % 2 ? "camera" : "calendar", start + std::chrono::hours{i},
                          start + std::chrono::hours{i} + 30min, date});
  }
  for (int i = 0; i < pauses; ++i) {
    store.record_pause({start + std::chrono::hours{3 + i},
                        start + std::chrono::hours{3 + i} + 20min, date, "tray"});
  }
  for (int i = 1; i <= totals; ++i) {
    store.record_day_totals({date, std::chrono::minutes{40 * i}, std::chrono::minutes{35 * i},
                             std::chrono::minutes{std::min(90, 10 * i)}});
  }
  return events;
}

double median_ms(const std::function<void()>& work) {
  std::vector<double> runs;
  for (int i = 0; i < kRuns; ++i) {
    const auto start = Clock::now();
    work();
    runs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(runs.begin(), runs.end());
  return runs[runs.size() / 2];
}

std::filesystem::path make_temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "unknot-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) std::exit(2);
  return pattern;
}

struct Figures {
  int written = 0;
  double write_s = 0, query_ms = 0, json_ms = 0, table_ms = 0, csv_ms = 0, areas_ms = 0;
  std::uintmax_t bytes = 0;
};

// A year ending today, kEvents records spread evenly over the days.
void write_year(HistoryStore& store, Figures& figures) {
  std::mt19937 rng(42);
  const auto start = Clock::now();
  const auto first_day = *parse_date(kToday) - std::chrono::days{kDays - 1};
  for (int d = 0; d < kDays; ++d) {
    const auto day = first_day + std::chrono::days{d};
    const int events = kEvents / kDays + (d < kEvents % kDays ? 1 : 0);
    figures.written += record_day(store, format_date(day), WallTime{day} + 8h, events, rng);
  }
  if (!store.flush(5min)) std::exit(2);
  figures.write_s = std::chrono::duration<double>(Clock::now() - start).count();
}

// What `unknotctl stats --days 365` costs on the daemon's side and the client's.
void measure_stats(HistoryStore& store, Figures& figures) {
  std::vector<DayFigures> days;
  nlohmann::json json;
  figures.query_ms = median_ms([&] { days = store.query_days(kDays, kToday); });
  figures.json_ms = median_ms([&] {
    json = make_stats_reply(days);
    (void)json.dump();
  });
  figures.table_ms = median_ms([&] { (void)format_stats_table(json); });
  figures.csv_ms = median_ms([&] { (void)format_stats_csv(json); });
  figures.areas_ms = median_ms([&] { (void)store.areas_worked(days.front().date, kToday); });
  if (days.size() != kDays || sum_days(days).taken == 0) std::exit(2);
}

void print(const Figures& f) {
  std::printf("history: %d records over %d days written in %.2f s (%.0f records/s)\n", f.written,
              kDays, f.write_s, f.written / f.write_s);
  std::printf(
      "stats --days %d (median of %d): query %.2f ms, json %.2f ms, table %.2f ms, "
      "csv %.2f ms; query+json+table %.2f ms (budget %.0f ms)\n",
      kDays, kRuns, f.query_ms, f.json_ms, f.table_ms, f.csv_ms,
      f.query_ms + f.json_ms + f.table_ms, kBudgetMs);
  std::printf("areas worked over the year (median of %d): %.2f ms\n", kRuns, f.areas_ms);
  std::printf("database size: %ju bytes for one year (%.1f MiB/year, %.0f bytes/record)\n", f.bytes,
              static_cast<double>(f.bytes) / 1048576.0, static_cast<double>(f.bytes) / f.written);
}

}  // namespace

int main() {
  const auto dir = make_temp_dir();
  const auto path = dir / "history.sqlite3";
  Figures figures;
  {
    HistoryStore store(path);
    write_year(store, figures);
    measure_stats(store, figures);
  }  // closing checkpoints the WAL into the file
  figures.bytes = std::filesystem::file_size(path);
  std::filesystem::remove_all(dir);
  print(figures);
  if (figures.query_ms + figures.json_ms + figures.table_ms > kBudgetMs) {
    std::printf("OVER BUDGET\n");
    return 1;
  }
  return 0;
}
