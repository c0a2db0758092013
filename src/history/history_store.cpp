#include "history/history_store.hpp"
#include <utility>

#include <algorithm>

#include <sqlite3.h>

#include "history/history_queries.hpp"
#include "history/history_schema.hpp"
#include "history/history_writer.hpp"
#include "platform/allocator.hpp"

namespace unknot {

namespace {

// A batch this size commits in a few milliseconds; larger backlogs (after a
// full disk) go in several transactions so queries are never held up long.
constexpr std::size_t kMaxBatch = 1000;
// SQLite clamps this to its compiled-in maximum: "no cap".
constexpr std::int64_t kNoPageLimit = 4294967294;
// How long a query waits for the writer's first open (quick_check of a big file).
constexpr auto kFirstOpenWait = std::chrono::seconds{2};

/// "1 record", "3 records" (log lines, which are not translated).
std::string count_of(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

HistoryStore::HistoryStore(std::filesystem::path path, HistoryOptions options)
    : path_(std::move(path)),
      options_(std::move(options)),
      backoff_(options_.first_retry),
      writer_([this] { run(); }) {}

HistoryStore::~HistoryStore() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_writer_.notify_all();
  writer_.join();
}

// ---- the callers' side -------------------------------------------------------

std::uint64_t HistoryStore::record(HistoryItem item) { return enqueue(std::move(item)); }
std::uint64_t HistoryStore::record_break(BreakRecord record) { return enqueue(std::move(record)); }
std::uint64_t HistoryStore::record_pause(PauseRecord record) { return enqueue(std::move(record)); }
std::uint64_t HistoryStore::record_meeting(MeetingRecord record) {
  return enqueue(std::move(record));
}
std::uint64_t HistoryStore::record_day_totals(DayTotals totals) {
  return enqueue(std::move(totals));
}
std::uint64_t HistoryStore::apply_retention(std::string cutoff_date) {
  return enqueue(RetentionCutoff{std::move(cutoff_date)});
}

std::uint64_t HistoryStore::enqueue(HistoryItem item) {
  std::uint64_t seq = 0;
  bool first_drop = false;
  {
    std::lock_guard lock(mutex_);
    seq = next_seq_++;
    // The bound is for an outage; a healthy writer drains any burst quickly.
    if (!failing_ || queue_.size() + inflight_.size() < options_.max_pending) {
      queue_.push_back({seq, std::move(item)});
    } else {
      // Keeping the oldest keeps the saved history free of holes up to the
      // outage; what is lost is the tail of a long one.
      ++dropped_;
      first_drop = !std::exchange(warned_drop_, true);
    }
  }
  wake_writer_.notify_one();
  if (first_drop) {
    options_.warn(std::to_string(options_.max_pending) +
                  " records are waiting to be written; dropping new ones until writes work again");
  }
  return seq;
}

void HistoryStore::after_pending(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(job));
  }
  wake_writer_.notify_one();
}

bool HistoryStore::flush(Duration timeout) {
  std::unique_lock lock(mutex_);
  const std::uint64_t target = next_seq_ - 1;
  return settled_.wait_for(lock, timeout, [&] {
    // The second case: the last records were dropped, all else is settled.
    return reported_ >= target ||
           (queue_.empty() && inflight_.empty() && reported_ == acknowledged_);
  });
}

std::uint64_t HistoryStore::acknowledged() const {
  std::lock_guard lock(mutex_);
  return acknowledged_;
}

std::uint64_t HistoryStore::dropped() const {
  std::lock_guard lock(mutex_);
  return dropped_;
}

std::size_t HistoryStore::pending() const {
  std::lock_guard lock(mutex_);
  return queue_.size() + inflight_.size();
}

void HistoryStore::set_page_limit(std::int64_t pages) {
  {
    std::lock_guard lock(mutex_);
    page_limit_ = pages;
    retry_at_ = {};
  }
  wake_writer_.notify_one();
}

// ---- the writer thread -------------------------------------------------------

void HistoryStore::run() {
  try {
    open_writer();
  } catch (const std::exception&) {
    // Reported once by the first write that fails the same way.
  }
  std::unique_lock lock(mutex_);
  open_attempted_ = true;
  settled_.notify_all();
  bool wrote = false;
  while (!stopping_) {
    if (has_work_now()) {
      write_one_batch(lock);
      wrote = true;
    } else if (jobs_ready()) {
      run_jobs(lock);
    } else if (queue_.empty() && inflight_.empty()) {
      if (std::exchange(wrote, false)) {
        release_idle_memory();
        check_before_write_ = true;
      }
      wake_writer_.wait(lock);
    } else {
      wake_writer_.wait_until(lock, retry_at_);
    }
  }
  // Shutting down: one last attempt without waiting for the backoff.
  while (!queue_.empty() || !inflight_.empty()) {
    const auto before = acknowledged_;
    write_one_batch(lock);
    if (acknowledged_ == before) break;
  }
  give_up(lock);
  run_jobs(lock);
}

bool HistoryStore::jobs_ready() const {
  // Behind the records queued before them; while writes fail, at once.
  return !jobs_.empty() && ((queue_.empty() && inflight_.empty()) || failing_);
}

void HistoryStore::run_jobs(std::unique_lock<std::mutex>& lock) {
  std::deque<std::function<void()>> jobs;
  jobs.swap(jobs_);
  lock.unlock();
  for (auto& job : jobs) {
    try {
      job();
    } catch (const std::exception& error) {  // a caller's bug: the writer lives on
      options_.warn(std::string("history job failed: ") + error.what());
    }
  }
  lock.lock();
}

void HistoryStore::release_idle_memory() {
  // Writes come minutes apart: between them SQLite's page cache and the
  // writer thread's malloc arena would only sit in the daemon's memory.
  if (writer_db_) sqlite3_db_release_memory(writer_db_.handle());
  release_free_memory();
}

bool HistoryStore::has_work_now() const {
  return (!queue_.empty() || !inflight_.empty()) && SteadyClock::now() >= retry_at_;
}

void HistoryStore::write_one_batch(std::unique_lock<std::mutex>& lock) {
  while (inflight_.size() < kMaxBatch && !queue_.empty()) {
    inflight_.push_back(std::move(queue_.front().item));
    inflight_last_seq_ = queue_.front().seq;
    queue_.pop_front();
  }
  const std::int64_t page_limit = page_limit_;
  lock.unlock();
  const auto failure = try_commit(page_limit);
  lock.lock();
  if (failure) {
    settle_failure(lock, *failure);
  } else {
    settle_success(lock);
  }
}

std::optional<std::string> HistoryStore::try_commit(std::int64_t page_limit) {
  try {
    attempt_commit(page_limit);
    return std::nullopt;
  } catch (const sqlite::SqliteError& error) {
    if (error.kind() != sqlite::FailureKind::corrupt) return error.what();
  } catch (const std::exception& error) {
    return error.what();
  }
  // The file went bad under us: replace it and write the batch there.
  try {
    writer_db_ = sqlite::Database{};
    const auto aside = move_history_aside(path_);
    options_.warn(path_.string() + " became unusable; moved it to " + aside.string() +
                  " and started a new history");
    attempt_commit(page_limit);
    return std::nullopt;
  } catch (const std::exception& error) {
    return error.what();
  }
}

void HistoryStore::attempt_commit(std::int64_t page_limit) {
  if (!writer_db_) open_writer();
  if (std::exchange(check_before_write_, false)) check_history_integrity(writer_db_);
  if (page_limit != applied_page_limit_) {
    writer_db_.exec("PRAGMA max_page_count=" +
                    std::to_string(page_limit > 0 ? page_limit : kNoPageLimit));
    applied_page_limit_ = page_limit;
  }
  write_history_items(writer_db_, inflight_, options_.warn);
}

void HistoryStore::open_writer() {
  writer_db_ = open_history_database(path_, options_.warn);
  applied_page_limit_ = -1;
  generation_.fetch_add(1);
}

void HistoryStore::settle_success(std::unique_lock<std::mutex>& lock) {
  acknowledged_ = inflight_last_seq_;
  inflight_.clear();
  backoff_ = options_.first_retry;
  retry_at_ = {};
  warned_drop_ = false;
  const bool resumed = std::exchange(failing_, false);
  const auto acknowledged = acknowledged_;
  lock.unlock();
  if (resumed) options_.warn("writes work again; the records kept in memory are saved");
  if (options_.on_commit) options_.on_commit(acknowledged);
  lock.lock();
  // flush() returns only now, so its caller sees the callbacks' effects too.
  reported_ = acknowledged;
  settled_.notify_all();
}

void HistoryStore::settle_failure(std::unique_lock<std::mutex>& lock, const std::string& why) {
  retry_at_ = SteadyClock::now() + backoff_;
  backoff_ = std::min(backoff_ * 2, options_.max_retry);
  if (std::exchange(failing_, true)) return;  // reported once per outage
  const auto waiting = queue_.size() + inflight_.size();
  lock.unlock();
  options_.warn("cannot write " + path_.string() + " (" + why + "); keeping " +
                count_of(waiting, "record", "records") + " in memory and retrying");
  lock.lock();
}

void HistoryStore::give_up(std::unique_lock<std::mutex>& lock) {
  const auto lost = queue_.size() + inflight_.size();
  if (lost == 0) return;
  dropped_ += lost;
  queue_.clear();
  inflight_.clear();
  reported_ = acknowledged_;
  settled_.notify_all();
  lock.unlock();
  options_.warn(count_of(lost, "record", "records") + " could not be written before exit");
  lock.lock();
}

// ---- the query side ----------------------------------------------------------

void HistoryStore::wait_for_first_open() {
  std::unique_lock lock(mutex_);
  settled_.wait_for(lock, kFirstOpenWait, [&] { return open_attempted_; });
}

sqlite::Database& HistoryStore::empty_database() {
  if (!empty_db_) {
    empty_db_ = sqlite::Database::open(":memory:");
    migrate_history(empty_db_);
  }
  return empty_db_;
}

sqlite::Database& HistoryStore::reader() {
  const auto generation = generation_.load();
  // No database yet (or none can be had): answer from an empty schema.
  if (generation == 0) return empty_database();
  if (!reader_db_ || reader_generation_ != generation) {
    reader_db_ = sqlite::Database::open_read_only(path_);
    reader_db_.exec("PRAGMA busy_timeout=2000");
    reader_generation_ = generation;
  }
  return reader_db_;
}

template <typename Query>
auto HistoryStore::read(Query query) {
  wait_for_first_open();
  std::lock_guard guard(read_mutex_);
  try {
    return query(reader());
  } catch (const std::exception& error) {
    options_.warn(std::string("query failed: ") + error.what());
    reader_db_ = sqlite::Database{};  // reopened by the next query
  }
  try {
    return query(empty_database());  // zeros rather than nothing
  } catch (const std::exception&) {
    return decltype(query(reader_db_)){};
  }
}

std::vector<DayFigures> HistoryStore::query_days(int days, const std::string& today) {
  return read([&](sqlite::Database& db) { return query_history_days(db, days, today); });
}

std::vector<AreaCount> HistoryStore::areas_worked(const std::string& from, const std::string& to) {
  return read([&](sqlite::Database& db) { return query_areas_worked(db, from, to); });
}

}  // namespace unknot
