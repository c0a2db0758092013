#pragma once
// Opening the history database so that it always works: a corrupt or
// unreadable file, or one written by a newer Unknot, is moved aside with a
// warning and a fresh database takes its place. History must never stop the
// daemon from reminding.
#include <filesystem>
#include <functional>
#include <string>

#include "history/history_sqlite.hpp"

namespace unknot {

/// Receives the store's warnings (one line, no prefix).
using HistoryWarn = std::function<void(const std::string&)>;

/// The default sink: the daemon's log (platform/log.hpp) at warning level.
void warn_to_log(const std::string& message);

/// Renames `path` to "<path>.corrupt-YYYYMMDDTHHMMSS" (local time; "-2", "-3"
/// appended if taken), with its WAL beside it; removes the shared-memory
/// file. Returns the new name; throws std::filesystem::filesystem_error.
std::filesystem::path move_history_aside(const std::filesystem::path& path);

/// PRAGMA quick_check; throws a corrupt-kind sqlite::SqliteError naming what
/// it found unless the file reads "ok".
void check_history_integrity(sqlite::Database& db);

/// Creates the folder, opens, configures, checks (PRAGMA quick_check, schema
/// version) and migrates the database at `path`. A damaged, unreadable or
/// too-new file is moved aside (reported through `warn`) and replaced by a
/// fresh one. Throws sqlite::SqliteError when even that fails (full disk,
/// unwritable folder): the caller retries later.
sqlite::Database open_history_database(const std::filesystem::path& path, const HistoryWarn& warn);

}  // namespace unknot
