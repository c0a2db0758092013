// A history.sqlite3 that is a symlink (issue 21): followed only into the
// user's own state folder; a link anywhere else is refused with a message
// naming it, and the file it points at is never opened, created or moved.
#include <fstream>

#include <catch2/catch.hpp>

#include "history/history_open.hpp"
#include "history/history_schema.hpp"
#include "history/history_store.hpp"
#include "support/temp_home.hpp"

using namespace unknot;
namespace fs = std::filesystem;

namespace {

struct Linked {
  test::TempHome home;
  fs::path path = home.state_home() / "unknot" / "history.sqlite3";
  std::vector<std::string> warnings;
  HistoryWarn warn = [this](const std::string& w) { warnings.push_back(w); };

  void link_to(const fs::path& target) {
    fs::create_directories(path.parent_path());
    fs::create_symlink(target, path);
  }
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("a history link to a file outside the state folder is refused, the file untouched") {
  Linked l;
  const fs::path victim = l.home.write("elsewhere/notes.txt", "keep me\n");
  l.link_to(victim);
  try {
    open_history_database(l.path, l.warn);
    FAIL("opened through the link");
  } catch (const sqlite::SqliteError& error) {
    const std::string what = error.what();
    CHECK(what.find(l.path.string() + " is a symlink to " + victim.string()) != std::string::npos);
    CHECK(what.find("not opening it") != std::string::npos);
  }
  CHECK(read_file(victim) == "keep me\n");
  CHECK(fs::is_symlink(l.path));  // not moved aside as if it were damaged
  CHECK_FALSE(fs::exists(victim.string() + "-wal"));
}

TEST_CASE("a dangling history link never creates the file it names") {
  Linked l;
  const fs::path target = l.home.root() / "elsewhere" / "planted.sqlite3";
  fs::create_directories(target.parent_path());
  l.link_to(target);
  CHECK_THROWS_AS(open_history_database(l.path, l.warn), sqlite::SqliteError);
  CHECK_FALSE(fs::exists(target));
}

TEST_CASE("the store keeps records in memory and warns once, naming the link") {
  Linked l;
  const fs::path victim = l.home.write("elsewhere/notes.txt", "keep me\n");
  l.link_to(victim);
  HistoryOptions options;
  options.warn = l.warn;
  {
    HistoryStore store(l.path, options);
    store.record_break({});
    CHECK_FALSE(store.flush(std::chrono::milliseconds{200}));
    CHECK(store.pending() == 1);
  }
  REQUIRE_FALSE(l.warnings.empty());
  CHECK(l.warnings[0].find(l.path.string() + " is a symlink to ") != std::string::npos);
  CHECK(read_file(victim) == "keep me\n");
}

TEST_CASE("a history link into the user's state folder is followed") {
  Linked l;
  const fs::path moved = l.home.state_home() / "unknot-archive" / "history.sqlite3";
  fs::create_directories(moved.parent_path());
  l.link_to(moved);
  auto db = open_history_database(l.path, l.warn);
  CHECK(history_schema_version(db) == current_history_schema_version());
  CHECK(fs::is_regular_file(moved));
  CHECK(l.warnings.empty());
}
