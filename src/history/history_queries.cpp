#include "history/history_queries.hpp"

#include <algorithm>

#include "history/history_dates.hpp"

namespace unknot {

namespace {

// Maps a stored date to its slot in the result; rows outside are ignored.
DayFigures* slot_of(std::vector<DayFigures>& result, std::chrono::sys_days first,
                    const std::string& date) {
  const auto day = parse_date(date);
  if (!day) return nullptr;
  const auto index = (*day - first).count();
  if (index < 0 || index >= static_cast<long>(result.size())) return nullptr;
  return &result[static_cast<std::size_t>(index)];
}

void add_outcome(DayFigures& day, const std::string& outcome, int count) {
  if (outcome == "taken") day.taken += count;
  if (outcome == "natural") day.natural += count;
  if (outcome == "snoozed") day.snoozed += count;
  if (outcome == "skipped") day.skipped += count;
}

void read_outcomes(sqlite::Database& db, std::vector<DayFigures>& result,
                   std::chrono::sys_days first) {
  // Served from the (day, outcome) index alone.
  sqlite::Statement counts(db,
                           "SELECT day, outcome, count(*) FROM breaks WHERE day BETWEEN ?1 AND ?2 "
                           "GROUP BY day, outcome");
  counts.bind(1, result.front().date).bind(2, result.back().date);
  while (counts.step()) {
    if (auto* day = slot_of(result, first, counts.column_text(0))) {
      add_outcome(*day, counts.column_text(1), static_cast<int>(counts.column_int(2)));
    }
  }
}

void read_totals(sqlite::Database& db, std::vector<DayFigures>& result,
                 std::chrono::sys_days first) {
  sqlite::Statement totals(db,
                           "SELECT day, active_ms, sitting_ms, longest_sitting_ms FROM days "
                           "WHERE day BETWEEN ?1 AND ?2");
  totals.bind(1, result.front().date).bind(2, result.back().date);
  while (totals.step()) {
    if (auto* day = slot_of(result, first, totals.column_text(0))) {
      day->active = Duration{totals.column_int(1)};
      day->sitting = Duration{totals.column_int(2)};
      day->longest_sitting = Duration{totals.column_int(3)};
    }
  }
}

}  // namespace

std::vector<DayFigures> query_history_days(sqlite::Database& db, int days,
                                           const std::string& today) {
  const auto last = parse_date(today);
  if (!last || days < 1) return {};
  days = std::min(days, kMaxHistoryQueryDays);
  const auto first = *last - std::chrono::days{days - 1};
  std::vector<DayFigures> result(static_cast<std::size_t>(days));
  for (int i = 0; i < days; ++i) {
    result[static_cast<std::size_t>(i)].date = format_date(first + std::chrono::days{i});
  }
  read_outcomes(db, result, first);
  read_totals(db, result, first);
  return result;
}

std::vector<AreaCount> query_areas_worked(sqlite::Database& db, const std::string& from,
                                          const std::string& to) {
  sqlite::Statement areas(db,
                          "SELECT a.area, count(*) AS n FROM breaks b "
                          "JOIN break_areas a ON a.break_id = b.id "
                          "WHERE b.day BETWEEN ?1 AND ?2 AND b.outcome = 'taken' "
                          "GROUP BY a.area ORDER BY n DESC, a.area");
  areas.bind(1, from).bind(2, to);
  std::vector<AreaCount> result;
  while (areas.step()) {
    result.push_back({areas.column_text(0), static_cast<int>(areas.column_int(1))});
  }
  return result;
}

}  // namespace unknot
