// The history database's schema: creation, forward migrations, and the
// refusal to touch a database written by a newer Unknot.
#include "history/history_schema.hpp"

#include <catch2/catch.hpp>

#include "history/history_sqlite.hpp"
#include "support/temp_home.hpp"

using namespace unknot;

namespace {

sqlite::Database fresh_database(const test::TempHome& home) {
  auto db = sqlite::Database::open(home.state_home() / "history.sqlite3");
  configure_history_connection(db);
  return db;
}

std::string tables(sqlite::Database& db) {
  return db.query_text(
      "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
      "WHERE type = 'table' ORDER BY name)");
}

}  // namespace

TEST_CASE("a new history database gets the current schema in WAL mode") {
  test::TempHome home;
  auto db = fresh_database(home);
  CHECK(history_schema_version(db) == 0);
  migrate_history(db);
  CHECK(history_schema_version(db) == current_history_schema_version());
  CHECK(tables(db) == "break_areas break_exercises breaks days meetings meta pauses");
  CHECK(db.query_text("PRAGMA journal_mode") == "wal");
  CHECK(db.query_text("PRAGMA foreign_keys") == "1");
  CHECK(db.query_text("SELECT value FROM meta WHERE key = 'schema_version'") ==
        std::to_string(current_history_schema_version()));
}

TEST_CASE("migrating an up-to-date database changes nothing") {
  test::TempHome home;
  auto db = fresh_database(home);
  migrate_history(db);
  db.exec("INSERT INTO days VALUES ('2026-03-02', 1000, 2000, 500)");
  migrate_history(db);
  CHECK(db.query_text("SELECT count(*) FROM days") == "1");
  CHECK(history_schema_version(db) == current_history_schema_version());
}

TEST_CASE("a later migration step upgrades an existing database and keeps its rows") {
  test::TempHome home;
  auto db = fresh_database(home);
  migrate_history(db);
  db.exec("INSERT INTO days VALUES ('2026-03-02', 1000, 2000, 500)");
  const int next = current_history_schema_version() + 1;
  std::vector<Migration> steps(history_migrations().begin(), history_migrations().end());
  steps.push_back({next, "ALTER TABLE days ADD COLUMN note TEXT NOT NULL DEFAULT 'none'"});
  migrate_history(db, steps);
  CHECK(history_schema_version(db) == next);
  CHECK(db.query_text("SELECT active_ms || '/' || note FROM days") == "1000/none");
}

TEST_CASE("a failing migration step leaves the previous version intact") {
  test::TempHome home;
  auto db = fresh_database(home);
  migrate_history(db);
  db.exec("INSERT INTO days VALUES ('2026-03-02', 1000, 2000, 500)");
  const int before = current_history_schema_version();
  std::vector<Migration> steps(history_migrations().begin(), history_migrations().end());
  steps.push_back({before + 1, "CREATE TABLE extra (x); ALTER TABLE no_such_table ADD y"});
  CHECK_THROWS_AS(migrate_history(db, steps), sqlite::SqliteError);
  CHECK(history_schema_version(db) == before);
  CHECK(db.query_text("SELECT count(*) FROM sqlite_master WHERE name = 'extra'") == "0");
  CHECK(db.query_text("SELECT count(*) FROM days") == "1");
}

TEST_CASE("a database from a newer Unknot is refused, not downgraded") {
  test::TempHome home;
  auto db = fresh_database(home);
  migrate_history(db);
  db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  CHECK_THROWS_AS(migrate_history(db), SchemaTooNew);
  CHECK(history_schema_version(db) == 99);
}

TEST_CASE("the schema refuses rows the statistics would miscount") {
  test::TempHome home;
  auto db = fresh_database(home);
  migrate_history(db);
  CHECK_THROWS_AS(db.exec("INSERT INTO breaks (day, at_ms, kind, outcome, sitting_ms) "
                          "VALUES ('2026-03-02', 0, 'micro', 'forgotten', 0)"),
                  sqlite::SqliteError);
  CHECK_THROWS_AS(db.exec("INSERT INTO days VALUES ('2026-03-02', -5, 0, 0)"), sqlite::SqliteError);
  try {
    db.exec("INSERT INTO days VALUES ('2026-03-02', -5, 0, 0)");
  } catch (const sqlite::SqliteError& error) {
    CHECK(error.kind() == sqlite::FailureKind::rejected);
  }
}
