#pragma once
// HistoryStore: the daemon's break history in $XDG_STATE_HOME/unknot/
// history.sqlite3. record_*() only queue a record and return at once; one
// writer thread owns the write connection and commits whatever is queued in
// one transaction. Queries read through a second connection (WAL lets it run
// beside the writer). Nothing here throws at the caller or stops the daemon:
// a damaged file is replaced, a full disk is waited out with the records
// kept in memory, and every such event is reported once through `warn`.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "history/history_open.hpp"
#include "history/history_records.hpp"
#include "history/history_sqlite.hpp"

namespace unknot {

struct HistoryOptions {
  /// Records kept in memory while writes fail; past this, new ones are dropped.
  std::size_t max_pending = 10000;
  /// Wait before the first retry of a failed open or write; doubles each time.
  Duration first_retry = std::chrono::seconds{1};
  /// The longest wait between retries.
  Duration max_retry = std::chrono::minutes{1};
  /// Where warnings go (damaged file replaced, disk full, writes resumed).
  HistoryWarn warn = warn_to_log;
  /// Called on the writer thread after each commit with acknowledged(); keep it short.
  std::function<void(std::uint64_t)> on_commit;
};

class HistoryStore {
 public:
  /// Starts the writer, which opens (or creates, or replaces) the database at
  /// `path`; the daemon passes state_dir() / "history.sqlite3".
  explicit HistoryStore(std::filesystem::path path, HistoryOptions options = {});
  /// Commits what is queued (one last attempt, no backoff), then stops the writer.
  ~HistoryStore();
  HistoryStore(const HistoryStore&) = delete;
  HistoryStore& operator=(const HistoryStore&) = delete;

  // Each record*() queues and returns the record's sequence number (1, 2, ...).
  /// Queues any record (what HistoryRecorder produces).
  std::uint64_t record(HistoryItem item);
  /// Queues one break outcome.
  std::uint64_t record_break(BreakRecord record);
  /// Queues one finished pause.
  std::uint64_t record_pause(PauseRecord record);
  /// Queues one finished meeting hold.
  std::uint64_t record_meeting(MeetingRecord record);
  /// Queues a day's running totals (replaces earlier totals of that date).
  std::uint64_t record_day_totals(DayTotals totals);
  /// Queues deleting everything dated before `cutoff_date` (see retention_cutoff()).
  std::uint64_t apply_retention(std::string cutoff_date);

  /// Waits until every record queued so far is committed (or dropped);
  /// false when `timeout` passed first (e.g. the disk is still full).
  /// Blocks: for shutdown and tests, never for a loop (see after_pending()).
  bool flush(Duration timeout = std::chrono::seconds{10});
  /// Runs `job` on the writer thread once every record queued before it is
  /// committed (or at once while writes fail, on what is committed), so a
  /// query in it sees what happened a moment ago without anyone waiting.
  /// Returns at once. `job` must hand its result to its owner's loop itself
  /// (the daemon posts it to Asio); jobs still queued at shutdown run then.
  void after_pending(std::function<void()> job);
  /// Every record whose sequence number is at most this is committed (bar
  /// those counted by dropped() and any the schema refused, both warned
  /// about): an acknowledged record survives `kill -9`.
  [[nodiscard]] std::uint64_t acknowledged() const;
  /// Records lost because writes failed for longer than max_pending allowed.
  [[nodiscard]] std::uint64_t dropped() const;
  /// Records waiting in memory to be committed.
  [[nodiscard]] std::size_t pending() const;

  /// Per-day figures of the `days` dates ending with `today`, oldest first,
  /// with empty days as zeros (see query_history_days). Committed data only.
  std::vector<DayFigures> query_days(int days, const std::string& today);
  /// Body areas worked by taken breaks from `from` to `to` (inclusive).
  std::vector<AreaCount> areas_worked(const std::string& from, const std::string& to);

  /// Caps the database at `pages` pages (0: no cap), from the writer's next
  /// attempt on. A stand-in for a full disk in tests; the writer retries at once.
  void set_page_limit(std::int64_t pages);
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  struct Queued {
    std::uint64_t seq;
    HistoryItem item;
  };
  using SteadyClock = std::chrono::steady_clock;

  std::uint64_t enqueue(HistoryItem item);
  void run();
  [[nodiscard]] bool has_work_now() const;
  [[nodiscard]] bool jobs_ready() const;
  void run_jobs(std::unique_lock<std::mutex>& lock);
  void write_one_batch(std::unique_lock<std::mutex>& lock);
  /// Gives back the page cache and freed heap once the queue is drained.
  void release_idle_memory();
  std::optional<std::string> try_commit(std::int64_t page_limit);
  void attempt_commit(std::int64_t page_limit);
  void open_writer();
  void settle_success(std::unique_lock<std::mutex>& lock);
  void settle_failure(std::unique_lock<std::mutex>& lock, const std::string& why);
  void give_up(std::unique_lock<std::mutex>& lock);
  void wait_for_first_open();
  sqlite::Database& reader();
  sqlite::Database& empty_database();
  template <typename Query>
  auto read(Query query);

  const std::filesystem::path path_;
  const HistoryOptions options_;

  // Shared between the callers and the writer thread, under mutex_.
  mutable std::mutex mutex_;
  std::condition_variable wake_writer_;
  std::condition_variable settled_;
  std::deque<Queued> queue_;
  std::deque<std::function<void()>> jobs_;  // after_pending(), in order
  std::vector<HistoryItem> inflight_;       // the batch being committed; kept on failure
  std::uint64_t inflight_last_seq_ = 0;
  std::uint64_t next_seq_ = 1;
  std::uint64_t acknowledged_ = 0;
  std::uint64_t reported_ = 0;  // acknowledged_ once on_commit and warnings ran
  std::uint64_t dropped_ = 0;
  bool stopping_ = false;
  bool open_attempted_ = false;
  bool failing_ = false;
  bool warned_drop_ = false;
  SteadyClock::time_point retry_at_{};
  Duration backoff_{};
  std::int64_t page_limit_ = 0;

  // The writer thread's own.
  sqlite::Database writer_db_;
  std::int64_t applied_page_limit_ = -1;
  /// The first write after a quiet spell checks the file again: damage done
  /// meanwhile by something else would otherwise go unnoticed, as appends to
  /// the WAL never read the old rows' pages. Writer thread only.
  bool check_before_write_ = false;
  std::atomic<std::uint64_t> generation_{0};  // bumped on every successful open

  // The query side, under read_mutex_.
  std::mutex read_mutex_;
  sqlite::Database reader_db_;
  std::uint64_t reader_generation_ = 0;
  sqlite::Database empty_db_;  // answers with zeros while there is no database

  std::thread writer_;  // last: starts after everything above exists
};

}  // namespace unknot
