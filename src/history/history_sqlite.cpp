#include "history/history_sqlite.hpp"
#include <utility>

#include <sqlite3.h>

namespace unknot::sqlite {

namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw SqliteError(db != nullptr ? sqlite3_extended_errcode(db) : code, message);
}

void check(sqlite3* db, int code, std::string_view what) {
  if (code != SQLITE_OK) fail(db, code, what);
}

}  // namespace

SqliteError::SqliteError(int code, const std::string& message)
    : std::runtime_error(message), code_(code) {}

FailureKind SqliteError::kind() const { return classify(code_); }

FailureKind classify(int code) {
  switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return FailureKind::corrupt;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
    case SQLITE_NOLFS:
      return FailureKind::transient;
    default:
      return FailureKind::rejected;
  }
}

// ---- Database ---------------------------------------------------------------

Database Database::open(const std::filesystem::path& path) {
  return open_with_flags(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

Database Database::open_read_only(const std::filesystem::path& path) {
  return open_with_flags(path, SQLITE_OPEN_READONLY);
}

Database Database::open_with_flags(const std::filesystem::path& path, int flags) {
  Database db;
  // NOMUTEX: every connection is used by one thread at a time (the writer's
  // own, or the reader under the store's mutex).
  const int code = sqlite3_open_v2(path.c_str(), &db.db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (code != SQLITE_OK) fail(db.db_, code, "cannot open " + path.string());
  sqlite3_extended_result_codes(db.db_, 1);
  return db;
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

void Database::close() noexcept {
  // sqlite3_close_v2 defers the close until every statement is finalized;
  // the last connection to close checkpoints and removes the WAL file.
  if (db_ != nullptr) sqlite3_close_v2(db_);
  db_ = nullptr;
}

void Database::exec(const std::string& sql) {
  check(db_, sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr), sql);
}

std::string Database::query_text(const std::string& sql) {
  Statement statement(*this, sql);
  return statement.step() ? statement.column_text(0) : std::string{};
}

bool Database::autocommit() const { return db_ == nullptr || sqlite3_get_autocommit(db_) != 0; }

// ---- Statement --------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
  check(db_, sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr),
        sql);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
  check(db_, sqlite3_bind_int64(stmt_, index, value), "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  check(db_,
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT),
        "bind");
  return *this;
}

bool Statement::step() {
  const int code = sqlite3_step(stmt_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  const std::string sql = sqlite3_sql(stmt_) != nullptr ? sqlite3_sql(stmt_) : "statement";
  sqlite3_reset(stmt_);
  fail(db_, code, sql);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }

std::string Statement::column_text(int index) const {
  const auto* text = sqlite3_column_text(stmt_, index);
  return text != nullptr ? std::string(reinterpret_cast<const char*>(text)) : std::string{};
}

// ---- Transaction and Savepoint ---------------------------------------------

// IMMEDIATE takes the write lock up front, so a busy database fails here
// (and is retried) rather than half-way through a batch.
Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  // A failed COMMIT on a full disk may already have rolled back.
  if (!done_ && !db_.autocommit())
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.exec("SAVEPOINT record"); }

Savepoint::~Savepoint() {
  if (done_ || db_.autocommit()) return;
  sqlite3_exec(db_.handle(), "ROLLBACK TO record; RELEASE record", nullptr, nullptr, nullptr);
}

void Savepoint::release() {
  db_.exec("RELEASE record");
  done_ = true;
}

}  // namespace unknot::sqlite
