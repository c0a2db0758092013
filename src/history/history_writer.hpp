#pragma once
// Turns history records into rows. Runs on the store's writer thread only.
#include <span>

#include "history/history_open.hpp"
#include "history/history_records.hpp"
#include "history/history_sqlite.hpp"

namespace unknot {

/// Writes `items` in one transaction, in order. A record SQLite rejects (a
/// broken invariant such as a negative duration) is dropped with a warning
/// and the rest still commit. Throws sqlite::SqliteError on a transient or
/// corrupt failure; then nothing of the batch was written.
void write_history_items(sqlite::Database& db, std::span<const HistoryItem> items,
                         const HistoryWarn& warn);

}  // namespace unknot
