// The config watcher against the real inotify: what counts as a change.
// (Real file events take real time: the loop runs until the change arrives or
// a deadline passes; nothing sleeps a fixed time when the answer is "yes".)
#include <utility>

#include <chrono>
#include <fstream>

#include <boost/asio/io_context.hpp>
#include <catch2/catch.hpp>

#include "platform/file_watcher.hpp"
#include "support/temp_home.hpp"

namespace {

using namespace std::chrono_literals;

struct WatchedFolder {
  unknot::test::TempHome home;
  std::filesystem::path config = home.write("cfg/config.toml", "[micro]\n");
  std::filesystem::path routines = home.write("cfg/routines/a.toml", "").parent_path();
  boost::asio::io_context io;
  int changes = 0;
  std::unique_ptr<unknot::FileWatcher> watcher;

  explicit WatchedFolder(std::chrono::milliseconds debounce = 10ms)
      : watcher(unknot::make_file_watcher(
            io, {config, routines}, [this] { ++changes; }, debounce)) {}

  /// Runs the loop until a change is reported or `limit` passes.
  bool changed_within(std::chrono::milliseconds limit) {
    const int before = changes;
    const auto end = std::chrono::steady_clock::now() + limit;
    while (changes == before && std::chrono::steady_clock::now() < end) io.run_for(20ms);
    return changes != before;
  }
};

void write(const std::filesystem::path& path, const char* text) { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("Writing the config file or a routine file reloads", "[integration]") {
  WatchedFolder f;
  REQUIRE(f.watcher->active());
  write(f.config, "[micro]\nevery = \"10m\"\n");
  CHECK(f.changed_within(2s));
  write(f.routines / "mine.toml", "");
  CHECK(f.changed_within(2s));
}

TEST_CASE("Other files beside the config do not cause reloads", "[integration]") {
  // A log written next to config.toml once made the daemon reload in a loop
  // (each reload logged a line, which was a change, which reloaded...).
  WatchedFolder f;
  write(f.config.parent_path() / "unknot.log", "config reloaded\n");
  write(f.routines / ".mine.toml.swp", "editor state");
  CHECK_FALSE(f.changed_within(300ms));
}

TEST_CASE("One edit is one change, not a reload loop", "[integration]") {
  // Each change re-adds the watches (a folder may have been replaced). The
  // IN_IGNORED events of the removed ones once counted as changes: the daemon
  // reloaded about 5 times a second, forever. With no debounce, each event
  // the kernel queued by then is one poll_one() away: no waiting needed (and
  // poll() would never return from the loop).
  WatchedFolder f(0ms);
  const auto saved = f.config.parent_path() / "config.toml.new";
  write(saved, "[micro]\nevery = \"10m\"\n");
  std::filesystem::rename(saved, f.config);  // as editors save
  REQUIRE(f.changed_within(2s));
  for (int i = 0; i < 20; ++i) f.io.poll_one();
  CHECK(f.changes == 1);
}
