// A history file that cannot be used is moved aside with a warning and a
// fresh one started: the daemon never stops reminding because of its history.
#include <fstream>
#include <regex>

#include <catch2/catch.hpp>

#include "history/history_open.hpp"
#include "history/history_schema.hpp"
#include "history/history_store.hpp"
#include "support/temp_home.hpp"

using namespace unknot;

namespace {

struct Opened {
  test::TempHome home;
  std::filesystem::path path = home.state_home() / "unknot" / "history.sqlite3";
  std::vector<std::string> warnings;
  HistoryWarn warn = [this](const std::string& w) { warnings.push_back(w); };

  std::vector<std::filesystem::path> aside_files() const {
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
      if (entry.path().filename().string().find(".corrupt-") != std::string::npos) {
        found.push_back(entry.path());
      }
    }
    return found;
  }
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void fill_with_rows(const std::filesystem::path& path, const HistoryWarn& warn) {
  auto db = open_history_database(path, warn);
  db.exec("BEGIN");
  for (int i = 0; i < 2000; ++i) {
    db.exec("INSERT INTO breaks (day, at_ms, kind, outcome, sitting_ms) VALUES ('2026-03-02', " +
            std::to_string(i) + ", 'micro', 'taken', 0)");
  }
  db.exec("COMMIT");
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void overwrite(const std::filesystem::path& path, std::streamoff offset, std::size_t count) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(offset);
  const std::string junk(count, '\xA5');
  file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
}

}  // namespace

TEST_CASE("garbage at the history path is moved aside and a fresh history started") {
  Opened o;
  const std::string garbage = "this is not a database, just some bytes\n" + std::string(5000, 'z');
  o.home.write(std::filesystem::relative(o.path, o.home.root()), garbage);
  auto db = open_history_database(o.path, o.warn);
  CHECK(history_schema_version(db) == current_history_schema_version());
  const auto aside = o.aside_files();
  REQUIRE(aside.size() == 1);
  CHECK(std::regex_match(aside[0].filename().string(),
                         std::regex(R"(history\.sqlite3\.corrupt-\d{8}T\d{6})")));
  CHECK(read_file(aside[0]) == garbage);  // kept, not deleted: it is the user's data
  REQUIRE(o.warnings.size() == 1);
  CHECK(o.warnings[0].find(aside[0].string()) != std::string::npos);
}

TEST_CASE("a database from a newer Unknot is moved aside, not rewritten") {
  Opened o;
  {
    auto db = open_history_database(o.path, o.warn);
    db.exec("UPDATE meta SET value = '42' WHERE key = 'schema_version'");
  }
  auto db = open_history_database(o.path, o.warn);
  CHECK(history_schema_version(db) == current_history_schema_version());
  const auto aside = o.aside_files();
  REQUIRE(aside.size() == 1);
  auto old = sqlite::Database::open_read_only(aside[0]);
  CHECK(old.query_text("SELECT value FROM meta WHERE key = 'schema_version'") == "42");
  CHECK(o.warnings.size() == 1);
}

TEST_CASE("damaged pages behind a valid header are caught by the check at open") {
  Opened o;
  fill_with_rows(o.path, o.warn);
  const auto size = std::filesystem::file_size(o.path);
  REQUIRE(size > 8 * 4096);
  overwrite(o.path, 4096 * 2 + 8, 3000);  // inside the breaks table's b-tree
  auto db = open_history_database(o.path, o.warn);
  CHECK(db.query_text("SELECT count(*) FROM breaks") == "0");
  CHECK(o.aside_files().size() == 1);
  CHECK(o.warnings.size() == 1);
}

TEST_CASE("an intact database with data is opened as it is") {
  Opened o;
  fill_with_rows(o.path, o.warn);
  auto db = open_history_database(o.path, o.warn);
  CHECK(db.query_text("SELECT count(*) FROM breaks") == "2000");
  CHECK(o.aside_files().empty());
  CHECK(o.warnings.empty());
}

TEST_CASE("something unopenable at the history path is moved aside too") {
  Opened o;
  std::filesystem::create_directories(o.path / "inside");
  auto db = open_history_database(o.path, o.warn);
  CHECK(std::filesystem::is_regular_file(o.path));
  CHECK(o.aside_files().size() == 1);
  CHECK(o.warnings.size() == 1);
}

TEST_CASE("two damaged files in the same second get distinct names") {
  Opened o;
  o.home.write(std::filesystem::relative(o.path, o.home.root()), "first");
  const auto first = move_history_aside(o.path);
  o.home.write(std::filesystem::relative(o.path, o.home.root()), "second");
  const auto second = move_history_aside(o.path);
  CHECK(first != second);
  CHECK(read_file(first) == "first");
  CHECK(read_file(second) == "second");
  CHECK_FALSE(std::filesystem::exists(o.path));
}

TEST_CASE("the store replaces a damaged file and keeps recording") {
  Opened o;
  o.home.write(std::filesystem::relative(o.path, o.home.root()), std::string(4096, '\x01'));
  HistoryOptions options;
  options.warn = o.warn;
  HistoryStore store(o.path, options);
  BreakRecord record;
  record.local_date = "2026-03-02";
  store.record_break(record);
  REQUIRE(store.flush());
  CHECK(store.query_days(1, "2026-03-02").at(0).taken == 1);
  CHECK(o.aside_files().size() == 1);
}

TEST_CASE("a file damaged while the daemon runs is replaced and recording goes on") {
  Opened o;
  HistoryOptions options;
  options.first_retry = std::chrono::milliseconds{1};
  options.warn = o.warn;
  HistoryStore store(o.path, options);
  BreakRecord record;
  record.local_date = "2026-03-02";
  for (int i = 0; i < 500; ++i) store.record_break(record);
  REQUIRE(store.flush());
  {
    // Move everything into the main file, then overwrite all of it.
    auto other = sqlite::Database::open(o.path);
    other.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  overwrite(o.path, 0, std::filesystem::file_size(o.path));
  store.record_break(record);
  REQUIRE(store.flush());
  CHECK(store.query_days(1, "2026-03-02").at(0).taken == 1);  // a fresh history
  CHECK(o.aside_files().size() == 1);
  REQUIRE(o.warnings.size() == 1);
  CHECK(o.warnings[0].find("became unusable") != std::string::npos);
}

TEST_CASE("pages damaged behind a valid header while the daemon runs are noticed at the next write") {
  Opened o;
  HistoryOptions options;
  options.first_retry = std::chrono::milliseconds{1};
  options.warn = o.warn;
  HistoryStore store(o.path, options);
  BreakRecord record;
  record.local_date = "2026-03-02";
  for (int i = 0; i < 2000; ++i) store.record_break(record);
  REQUIRE(store.flush());
  {
    auto other = sqlite::Database::open(o.path);
    other.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  // Old rows' pages only: the header, the schema and the pages an append
  // touches stay intact, so writes to the WAL would go on working and the
  // damage show only when a query reads those days.
  const auto size = std::filesystem::file_size(o.path);
  REQUIRE(size > 16 * 4096);
  overwrite(o.path, static_cast<std::streamoff>(size / 3), static_cast<std::size_t>(size / 3));
  store.record_break(record);
  REQUIRE(store.flush());
  REQUIRE(o.warnings.size() == 1);
  CHECK(o.warnings[0].find("became unusable") != std::string::npos);
  CHECK(o.aside_files().size() == 1);
  CHECK(store.query_days(1, "2026-03-02").at(0).taken == 1);  // a fresh history
}
