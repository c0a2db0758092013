// kill -9 at random moments: a child process records breaks as fast as it
// can and reports each commit on a pipe; the parent kills it at a random
// moment, reopens the file and checks that it is intact and holds every
// acknowledged record. Tagged [integration]: it forks and takes a few seconds.
#include <cstdio>
#include <random>

#include <catch2/catch.hpp>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "history/history_open.hpp"
#include "history/history_store.hpp"
#include "support/temp_home.hpp"

using namespace unknot;
using namespace std::chrono_literals;

namespace {

constexpr int kRounds = 30;
constexpr auto kTimeBudget = 15s;
constexpr std::int64_t kRecordsPerRound = 1'000'000;

// Record number i of a round is a break at wall time base + i ms with two exercises.
BreakRecord numbered_break(std::int64_t base, std::int64_t i) {
  BreakRecord record;
  record.at = WallTime{Duration{base + i}};
  record.local_date = "2026-03-02";
  record.outcome = i % 3 == 0 ? Outcome::skipped : Outcome::taken;
  record.exercise_ids = {"ex-" + std::to_string(i) + "-a", "ex-" + std::to_string(i) + "-b"};
  record.areas = {"neck", "wrists"};
  return record;
}

[[noreturn]] void run_child(const std::filesystem::path& path, std::int64_t base, int ack_fd,
                            unsigned seed) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  HistoryOptions options;
  options.warn = [](const std::string&) {};
  options.on_commit = [ack_fd](std::uint64_t n) {
    char line[32];
    const int length =
        std::snprintf(line, sizeof line, "%llu\n", static_cast<unsigned long long>(n));
    if (write(ack_fd, line, static_cast<std::size_t>(length)) < 0) _exit(3);
  };
  HistoryStore store(path, options);
  std::mt19937 rng(seed);
  for (std::int64_t i = 1; i <= kRecordsPerRound; ++i) {
    store.record_break(numbered_break(base, i));
    // Now and then wait for a commit, so batches (and kill points) vary in size.
    if (rng() % 32 == 0) store.flush();
  }
  store.flush();
  _exit(0);
}

// Reads acknowledgements until `deadline`; returns the last one seen.
std::int64_t read_acks(int fd, std::chrono::steady_clock::time_point deadline, std::int64_t last,
                       std::string& partial) {
  char buffer[4096];
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{fd, POLLIN, 0};
    if (left.count() <= 0 || poll(&p, 1, static_cast<int>(left.count())) <= 0) return last;
    const auto n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return last;
    partial.append(buffer, static_cast<std::size_t>(n));
    for (auto end = partial.find('\n'); end != std::string::npos; end = partial.find('\n')) {
      last = std::stoll(partial.substr(0, end));
      partial.erase(0, end + 1);
    }
  }
}

// Starts a writer, kills it after `delay`; returns how many records it acknowledged.
std::int64_t run_and_kill(const std::filesystem::path& path, std::int64_t base,
                          std::chrono::microseconds delay, unsigned seed) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    run_child(path, base, fds[1], seed);
  }
  close(fds[1]);
  std::string partial;
  std::int64_t acked = read_acks(fds[0], std::chrono::steady_clock::now() + delay, 0, partial);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  // What the child wrote before it died is still in the pipe.
  acked = read_acks(fds[0], std::chrono::steady_clock::now() + 1s, acked, partial);
  close(fds[0]);
  CHECK((WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0)));
  return acked;
}

std::int64_t count(sqlite::Database& db, const std::string& sql) {
  return std::stoll(db.query_text(sql));
}

void check_database(const std::filesystem::path& path, std::int64_t base, std::int64_t acked) {
  std::vector<std::string> warnings;
  auto db = open_history_database(path, [&](const std::string& w) { warnings.push_back(w); });
  CHECK(warnings.empty());  // never treated as damaged
  CHECK(db.query_text("PRAGMA integrity_check") == "ok");
  CHECK(count(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  const std::string round = "b.at_ms > " + std::to_string(base) +
                            " AND b.at_ms <= " + std::to_string(base + kRecordsPerRound);
  const std::string acked_range =
      "b.at_ms BETWEEN " + std::to_string(base + 1) + " AND " + std::to_string(base + acked);
  CHECK(count(db, "SELECT count(*) FROM breaks b WHERE " + acked_range) == acked);
  CHECK(count(db,
              "SELECT count(*) FROM break_exercises e JOIN breaks b ON b.id = e.break_id "
              "WHERE " +
                  acked_range) == 2 * acked);
  // Whatever committed beyond the last acknowledgement is whole and in order.
  CHECK(count(db, "SELECT count(*) FROM breaks b WHERE " + round +
                      " AND (SELECT count(*) FROM break_exercises e WHERE e.break_id = b.id) "
                      "+ (SELECT count(*) FROM break_areas a WHERE a.break_id = b.id) != 4") == 0);
  CHECK(count(db, "SELECT coalesce(max(b.at_ms) - " + std::to_string(base) +
                      " - count(*), 0) FROM breaks b WHERE " + round) == 0);
  // Keep the file at about one round's size, so every round costs the same.
  db.exec("DELETE FROM breaks WHERE at_ms < " + std::to_string(base));
}

}  // namespace

TEST_CASE("kill -9 at random moments loses no acknowledged record", "[integration]") {
  test::TempHome home;
  const auto path = home.state_home() / "unknot" / "history.sqlite3";
  std::mt19937 rng(20261124);
  const auto stop_at = std::chrono::steady_clock::now() + kTimeBudget;
  int rounds = 0;
  std::int64_t total_acked = 0;
  for (; rounds < kRounds && std::chrono::steady_clock::now() < stop_at; ++rounds) {
    const std::int64_t base = (rounds + 1) * std::int64_t{10'000'000'000};
    const std::chrono::microseconds delay{std::uniform_int_distribution<int>(5'000, 200'000)(rng)};
    const auto acked = run_and_kill(path, base, delay, static_cast<unsigned>(rng()));
    INFO("round " << rounds << ": killed after " << delay.count() << " us, " << acked << " acked");
    check_database(path, base, acked);
    total_acked += acked;
  }
  CHECK(rounds >= 5);  // fewer only on a badly overloaded machine
  CHECK(total_acked > 0);
}
