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
  std::unique_ptr<unknot::FileWatcher> watcher = unknot::make_file_watcher(
      io, {config, routines}, [this] { ++changes; }, 10ms);

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
