#pragma once
// The history database's schema and its forward migrations. The version lives
// in the `meta` table; each migration step runs in its own transaction, so a
// crash mid-upgrade leaves the previous version intact.
#include <span>
#include <stdexcept>

#include "history/history_sqlite.hpp"

namespace unknot {

/// One forward step: `sql` brings the schema from version - 1 to `version`.
struct Migration {
  int version;
  const char* sql;
};

/// The steps this build knows, oldest first.
std::span<const Migration> history_migrations();

/// The schema version this build writes (the last migration's).
int current_history_schema_version();

/// The database was written by a newer Unknot: this build cannot read it.
class SchemaTooNew : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Connection settings for the writer: WAL, synchronous=NORMAL, foreign keys,
/// a busy timeout. Throws sqlite::SqliteError (NOTADB for a garbage file).
void configure_history_connection(sqlite::Database& db);

/// The schema version stored in `meta` (0 for a new, empty database).
int history_schema_version(sqlite::Database& db);

/// Applies every step of `steps` newer than the stored version, one
/// transaction each. Throws SchemaTooNew when the stored version is newer
/// than the last step, sqlite::SqliteError on failure.
void migrate_history(sqlite::Database& db, std::span<const Migration> steps = history_migrations());

}  // namespace unknot
