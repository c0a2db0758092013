#pragma once
// The read side of the history: what `unknotctl stats` and the UI's
// statistics window show. Plain reads on any connection to the database.
#include <string>
#include <vector>

#include "history/history_records.hpp"
#include "history/history_sqlite.hpp"

namespace unknot {

/// The most days one query returns (a hundred years): keeps a typo such as
/// `--days 99999999` from allocating gigabytes.
inline constexpr int kMaxHistoryQueryDays = 36600;

/// One summary per date for the `days` dates ending with `today`, oldest
/// first; dates without data are included as zeros. Empty when `days` < 1 or
/// `today` is not a valid "YYYY-MM-DD"; `days` is capped at kMaxHistoryQueryDays.
std::vector<DayFigures> query_history_days(sqlite::Database& db, int days,
                                           const std::string& today);

/// Body areas worked by taken breaks dated `from`..`to` (inclusive), most
/// worked first, then by name.
std::vector<AreaCount> query_areas_worked(sqlite::Database& db, const std::string& from,
                                          const std::string& to);

}  // namespace unknot
