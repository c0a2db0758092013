#include "history/history_schema.hpp"

#include <array>
#include <string>

#include <sqlite3.h>

namespace unknot {

namespace {

// Times are UTC milliseconds since the epoch, durations milliseconds, dates
// the user's "YYYY-MM-DD" (text sorts and compares as dates). Text codes for
// kinds and outcomes keep the file readable with the sqlite3 shell; the CHECKs
// keep a buggy writer from storing anything the queries would miscount.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE breaks (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('micro', 'rest', 'daily')),
  outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'natural', 'snoozed', 'skipped')),
  sitting_ms INTEGER NOT NULL CHECK (sitting_ms >= 0)
);
CREATE INDEX breaks_by_day ON breaks (day, outcome);
CREATE TABLE break_exercises (
  break_id INTEGER NOT NULL REFERENCES breaks (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  exercise_id TEXT NOT NULL,
  PRIMARY KEY (break_id, position)
) WITHOUT ROWID;
CREATE TABLE break_areas (
  break_id INTEGER NOT NULL REFERENCES breaks (id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  PRIMARY KEY (break_id, area)
) WITHOUT ROWID;
CREATE TABLE pauses (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
  source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pauses_by_day ON pauses (day);
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  source TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms)
);
CREATE INDEX meetings_by_day ON meetings (day);
CREATE TABLE days (
  day TEXT PRIMARY KEY,
  active_ms INTEGER NOT NULL CHECK (active_ms >= 0),
  sitting_ms INTEGER NOT NULL CHECK (sitting_ms >= 0),
  longest_sitting_ms INTEGER NOT NULL CHECK (longest_sitting_ms >= 0)
) WITHOUT ROWID;
)sql";

constexpr std::array kMigrations{Migration{1, kVersion1}};

}  // namespace

std::span<const Migration> history_migrations() { return kMigrations; }

int current_history_schema_version() { return kMigrations.back().version; }

void configure_history_connection(sqlite::Database& db) {
  // WAL lets the reader run beside the writer. synchronous=NORMAL syncs the
  // WAL only at checkpoints: a committed transaction survives the process
  // being killed (the OS holds the written pages), but the last few may be
  // lost on power loss or a kernel crash. For break statistics that trade is
  // right; FULL would fsync on every commit of a laptop's daily chatter.
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=NORMAL");
  db.exec("PRAGMA foreign_keys=ON");
  db.exec("PRAGMA busy_timeout=2000");
}

int history_schema_version(sqlite::Database& db) {
  const auto has_meta =
      db.query_text("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
  if (has_meta != "1") return 0;
  const auto text = db.query_text("SELECT value FROM meta WHERE key='schema_version'");
  try {
    return text.empty() ? 0 : std::stoi(text);
  } catch (const std::exception&) {
    throw sqlite::SqliteError(SQLITE_CORRUPT, "bad schema_version '" + text + "'");
  }
}

void migrate_history(sqlite::Database& db, std::span<const Migration> steps) {
  const int stored = history_schema_version(db);
  const int newest = steps.empty() ? 0 : steps.back().version;
  if (stored > newest) {
    throw SchemaTooNew("history schema version " + std::to_string(stored) +
                       " is newer than this build's " + std::to_string(newest));
  }
  for (const auto& step : steps) {
    if (step.version <= stored) continue;
    sqlite::Transaction transaction(db);
    db.exec(step.sql);
    sqlite::Statement set_version(
        db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?1)");
    set_version.bind(1, std::to_string(step.version)).run();
    transaction.commit();
  }
}

}  // namespace unknot
