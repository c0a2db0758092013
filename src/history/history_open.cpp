#include "history/history_open.hpp"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <system_error>

#include <sqlite3.h>
#include <unistd.h>

#include "history/history_schema.hpp"
#include "platform/log.hpp"
#include "platform/paths.hpp"

namespace unknot {

namespace {

std::string local_timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%dT%H%M%S", &local);
  return text;
}

std::filesystem::path with_suffix(const std::filesystem::path& path, const std::string& suffix) {
  return std::filesystem::path(path.string() + suffix);
}

std::filesystem::path free_aside_name(const std::filesystem::path& path) {
  const auto base = path.string() + ".corrupt-" + local_timestamp();
  std::filesystem::path candidate = base;
  for (int n = 2; std::filesystem::exists(candidate); ++n) {
    candidate = base + "-" + std::to_string(n);
  }
  return candidate;
}

sqlite::Database open_checked(const std::filesystem::path& path) {
  auto db = sqlite::Database::open(path);
  configure_history_connection(db);
  check_history_integrity(db);
  migrate_history(db);
  return db;
}

// An existing file that SQLite cannot open at all is as useless as a
// corrupt one; a full disk or a lock held elsewhere is worth waiting for.
bool should_move_aside(const sqlite::SqliteError& error, const std::filesystem::path& path) {
  if (error.kind() == sqlite::FailureKind::corrupt) return true;
  const int code = error.primary_code();
  return (code == SQLITE_CANTOPEN || code == SQLITE_PERM) && std::filesystem::exists(path);
}

/// Why a database that does not exist yet cannot be created, when the
/// folder is to blame: "unable to open database file" names neither.
void explain_unwritable_folder(const sqlite::SqliteError& error, const std::filesystem::path& path) {
  std::error_code ec;
  if (error.primary_code() != SQLITE_CANTOPEN || std::filesystem::exists(path, ec)) return;
  const auto folder = path.parent_path();
  if (::access(folder.c_str(), W_OK | X_OK) == 0) return;
  const int why = errno;
  throw sqlite::SqliteError(SQLITE_CANTOPEN,
                            "cannot create " + path.string() + ": the folder " + folder.string() +
                                " is read-only (" + std::generic_category().message(why) + ")");
}

void create_folder(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  if (error) {
    throw sqlite::SqliteError(
        SQLITE_CANTOPEN, "cannot create " + path.parent_path().string() + ": " + error.message());
  }
}

void replace_damaged(const std::filesystem::path& path, const std::string& why,
                     const HistoryWarn& warn) {
  try {
    const auto aside = move_history_aside(path);
    warn(path.string() + " is unusable (" + why + "); moved it to " + aside.string() +
         " and started a new history");
  } catch (const std::filesystem::filesystem_error& error) {
    throw sqlite::SqliteError(SQLITE_CANTOPEN, path.string() + " is unusable (" + why +
                                                   ") and cannot be moved aside: " + error.what());
  }
}

bool lies_inside(const std::filesystem::path& target, const std::filesystem::path& folder) {
  std::error_code ec;
  const auto root = std::filesystem::weakly_canonical(folder, ec);
  if (ec || root.empty()) return false;
  const auto [end, ignored] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  return end == root.end();
}

// A history.sqlite3 that is a symlink is followed only into the user's own
// state folders ($XDG_STATE_HOME, or the folder the link is in): a link
// someone planted elsewhere must not make the daemon write into a file of
// their choosing. Refused, the store keeps its records in memory and
// retries, so removing the link is enough.
void refuse_foreign_link(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(path, ec)) return;
  // Resolved by hand: weakly_canonical() of a dangling link is the link's own
  // path, and SQLite would create the file the link names.
  auto target = std::filesystem::read_symlink(path, ec);
  if (!ec && target.is_relative()) target = path.parent_path() / target;
  if (!ec) target = std::filesystem::weakly_canonical(target, ec);
  if (!ec && !std::filesystem::is_symlink(target) &&
      (lies_inside(target, path.parent_path()) || lies_inside(target, state_home())))
    return;
  throw sqlite::SqliteError(SQLITE_CANTOPEN,
                            path.string() + " is a symlink to " +
                                (ec ? std::string("an unreadable path") : target.string()) +
                                ", outside " + state_home().string() +
                                "; not opening it (remove the link or point it there)");
}

}  // namespace

void check_history_integrity(sqlite::Database& db) {
  const auto check = db.query_text("PRAGMA quick_check");
  if (check != "ok") throw sqlite::SqliteError(SQLITE_CORRUPT, "quick_check: " + check);
}

void warn_to_log(const std::string& message) { log_warn("history: " + message); }

std::filesystem::path move_history_aside(const std::filesystem::path& path) {
  const auto aside = free_aside_name(path);
  std::filesystem::rename(path, aside);
  // The WAL holds committed transactions not yet checkpointed: keep it with
  // its database so the aside copy stays as complete as it can be.
  std::error_code ignored;
  if (std::filesystem::exists(with_suffix(path, "-wal"), ignored)) {
    std::filesystem::rename(with_suffix(path, "-wal"), with_suffix(aside, "-wal"), ignored);
  }
  std::filesystem::remove(with_suffix(path, "-shm"), ignored);
  return aside;
}

sqlite::Database open_history_database(const std::filesystem::path& path, const HistoryWarn& warn) {
  create_folder(path);
  refuse_foreign_link(path);
  try {
    return open_checked(path);
  } catch (const SchemaTooNew& error) {
    replace_damaged(path, error.what(), warn);
  } catch (const sqlite::SqliteError& error) {
    explain_unwritable_folder(error, path);
    if (!should_move_aside(error, path)) throw;
    replace_damaged(path, error.what(), warn);
  }
  return open_checked(path);
}

}  // namespace unknot
