#include "history/history_writer.hpp"

#include <type_traits>

#include <sqlite3.h>

namespace unknot {

namespace {

std::int64_t millis(WallTime t) { return t.time_since_epoch().count(); }
std::int64_t millis(Duration d) { return d.count(); }

// Prepared once per batch: a batch holds anything from one record to a few
// thousand queued during a disk hiccup.
class BatchWriter {
 public:
  explicit BatchWriter(sqlite::Database& db)
      : db_(db),
        insert_break_(db,
                      "INSERT INTO breaks (day, at_ms, kind, outcome, sitting_ms) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)"),
        insert_exercise_(db,
                         "INSERT INTO break_exercises (break_id, position, exercise_id) "
                         "VALUES (?1, ?2, ?3)"),
        insert_area_(db, "INSERT OR IGNORE INTO break_areas (break_id, area) VALUES (?1, ?2)"),
        insert_pause_(db,
                      "INSERT INTO pauses (day, start_ms, end_ms, source) "
                      "VALUES (?1, ?2, ?3, ?4)"),
        insert_meeting_(db,
                        "INSERT INTO meetings (day, source, start_ms, end_ms) "
                        "VALUES (?1, ?2, ?3, ?4)"),
        upsert_day_(db,
                    "INSERT OR REPLACE INTO days (day, active_ms, sitting_ms, "
                    "longest_sitting_ms) VALUES (?1, ?2, ?3, ?4)") {}

  void write(const BreakRecord& record) {
    insert_break_.bind(1, record.local_date)
        .bind(2, millis(record.at))
        .bind(3, to_string(record.kind))
        .bind(4, to_string(record.outcome))
        .bind(5, millis(record.sitting))
        .run();
    const std::int64_t id = sqlite3_last_insert_rowid(db_.handle());
    for (std::size_t i = 0; i < record.exercise_ids.size(); ++i) {
      insert_exercise_.bind(1, id)
          .bind(2, static_cast<std::int64_t>(i))
          .bind(3, record.exercise_ids[i])
          .run();
    }
    for (const auto& area : record.areas) insert_area_.bind(1, id).bind(2, area).run();
  }

  void write(const PauseRecord& record) {
    insert_pause_.bind(1, record.local_date)
        .bind(2, millis(record.start))
        .bind(3, millis(record.end))
        .bind(4, record.source)
        .run();
  }

  void write(const MeetingRecord& record) {
    insert_meeting_.bind(1, record.local_date)
        .bind(2, record.source)
        .bind(3, millis(record.start))
        .bind(4, millis(record.end))
        .run();
  }

  void write(const DayTotals& totals) {
    upsert_day_.bind(1, totals.local_date)
        .bind(2, millis(totals.active))
        .bind(3, millis(totals.sitting))
        .bind(4, millis(totals.longest_sitting))
        .run();
  }

  void write(const RetentionCutoff& cutoff) {
    // break_exercises and break_areas follow through ON DELETE CASCADE.
    for (const char* table : {"breaks", "pauses", "meetings", "days"}) {
      sqlite::Statement remove(db_, std::string("DELETE FROM ") + table + " WHERE day < ?1");
      remove.bind(1, cutoff.cutoff_date).run();
    }
  }

 private:
  sqlite::Database& db_;
  sqlite::Statement insert_break_;
  sqlite::Statement insert_exercise_;
  sqlite::Statement insert_area_;
  sqlite::Statement insert_pause_;
  sqlite::Statement insert_meeting_;
  sqlite::Statement upsert_day_;
};

std::string describe(const HistoryItem& item) {
  return std::visit(
      [](const auto& record) -> std::string {
        using T = std::decay_t<decltype(record)>;
        if constexpr (std::is_same_v<T, RetentionCutoff>) {
          return "retention before " + record.cutoff_date;
        } else if constexpr (std::is_same_v<T, BreakRecord>) {
          return "break on " + record.local_date;
        } else if constexpr (std::is_same_v<T, PauseRecord>) {
          return "pause on " + record.local_date;
        } else if constexpr (std::is_same_v<T, MeetingRecord>) {
          return "meeting on " + record.local_date;
        } else {
          return "day totals for " + record.local_date;
        }
      },
      item);
}

}  // namespace

void write_history_items(sqlite::Database& db, std::span<const HistoryItem> items,
                         const HistoryWarn& warn) {
  sqlite::Transaction transaction(db);
  BatchWriter writer(db);
  for (const auto& item : items) {
    sqlite::Savepoint savepoint(db);
    try {
      std::visit([&](const auto& record) { writer.write(record); }, item);
      savepoint.release();
    } catch (const sqlite::SqliteError& error) {
      if (error.kind() != sqlite::FailureKind::rejected) throw;
      warn("dropped a record (" + describe(item) + "): " + error.what());
    }
  }
  transaction.commit();
}

}  // namespace unknot
