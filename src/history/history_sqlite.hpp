#pragma once
// Small RAII wrappers over SQLite's C API for the history store: a connection,
// a prepared statement and a transaction. Errors throw SqliteError, which
// keeps SQLite's result code so callers can tell a full disk from corruption.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace unknot::sqlite {

/// What a failed SQLite call means for the history store.
enum class FailureKind {
  transient,  ///< full disk, I/O error, lock held elsewhere: keep the data, retry later
  corrupt,    ///< not a database or damaged: move the file aside, start fresh
  rejected,   ///< this statement or record is wrong (constraint, misuse): drop it
};

/// An SQLite failure with its (extended) result code.
class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& message);
  /// The extended result code (e.g. SQLITE_IOERR_WRITE).
  [[nodiscard]] int code() const { return code_; }
  /// The primary result code (e.g. SQLITE_IOERR).
  [[nodiscard]] int primary_code() const { return code_ & 0xff; }
  [[nodiscard]] FailureKind kind() const;

 private:
  int code_;
};

/// Classifies an SQLite result code (primary or extended).
FailureKind classify(int code);

/// One open connection; closed by the destructor.
class Database {
 public:
  Database() = default;
  /// Opens `path` read-write, creating it when missing; throws SqliteError.
  static Database open(const std::filesystem::path& path);
  /// Opens an existing database read-only (for queries beside the writer).
  static Database open_read_only(const std::filesystem::path& path);
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Runs one or more statements without results; throws SqliteError.
  void exec(const std::string& sql);
  /// The first column of the first row of `sql` as text ("" when no row).
  std::string query_text(const std::string& sql);
  /// True while no transaction is open (SQLite rolled back or committed).
  [[nodiscard]] bool autocommit() const;
  [[nodiscard]] sqlite3* handle() const { return db_; }
  explicit operator bool() const { return db_ != nullptr; }

 private:
  static Database open_with_flags(const std::filesystem::path& path, int flags);
  void close() noexcept;
  sqlite3* db_ = nullptr;
};

/// A prepared statement, bound by 1-based index; finalized by the destructor.
class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  /// Runs one step: true when a row is ready, false when done; throws on error.
  bool step();
  /// Runs a statement without result rows, then resets it for the next bind.
  void run();
  /// Ready to run again with new bindings.
  void reset();

  [[nodiscard]] std::int64_t column_int(int index) const;
  [[nodiscard]] std::string column_text(int index) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless committed.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  /// COMMIT; throws SqliteError (the destructor then rolls back).
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

/// A named SAVEPOINT: one record's rows go in together or not at all.
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  /// RELEASE; throws SqliteError (the destructor then rolls back to it).
  void release();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace unknot::sqlite
