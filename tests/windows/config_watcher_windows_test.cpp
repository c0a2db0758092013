// Config reload on Windows: ReadDirectoryChangesW through the Asio loop.
// Real file changes in a temp folder; the loop runs until the callback or a
// deadline (no sleeps: run_for returns as soon as the work is done).
#include <utility>

#include <boost/asio/io_context.hpp>
#include <catch2/catch.hpp>

#include "platform/config_watcher_windows.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::TempHome;

namespace {

/// Runs `io` until `calls` reaches `want` or 5 s pass; returns the count.
int run_until(boost::asio::io_context& io, const int& calls, int want) {
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (calls < want && std::chrono::steady_clock::now() < deadline) io.run_for(50ms);
  io.restart();
  return calls;
}

}  // namespace

TEST_CASE("an edit of the config file is reported once per burst", "[watcher][windows]") {
  TempHome home;
  const auto file = home.write("config/unknot/config.toml", "[micro]\n");
  boost::asio::io_context io;
  int calls = 0;
  unknot::WindowsConfigWatcher watcher(
      io, {file}, [&] { ++calls; }, 50ms);
  REQUIRE(watcher.active());
  home.write("config/unknot/config.toml", "[micro]\nevery = \"20m\"\n");
  home.write("config/unknot/config.toml", "[micro]\nevery = \"25m\"\n");
  CHECK(run_until(io, calls, 1) == 1);
  io.run_for(150ms);  // the burst is over: no second call
  CHECK(calls == 1);
}

TEST_CASE("other files in the config folder are ignored", "[watcher][windows]") {
  TempHome home;
  const auto file = home.write("config/unknot/config.toml", "");
  boost::asio::io_context io;
  int calls = 0;
  unknot::WindowsConfigWatcher watcher(
      io, {file}, [&] { ++calls; }, 20ms);
  home.write("config/unknot/notes.txt", "not config");
  io.run_for(300ms);
  CHECK(calls == 0);
}

TEST_CASE("a new routine file is reported, a file of another kind is not", "[watcher][windows]") {
  TempHome home;
  const auto routines = home.root() / "config" / "unknot" / "routines";
  std::filesystem::create_directories(routines);
  boost::asio::io_context io;
  int calls = 0;
  unknot::WindowsConfigWatcher watcher(
      io, {routines}, [&] { ++calls; }, 20ms);
  home.write("config/unknot/routines/readme.md", "# mine");
  io.run_for(200ms);
  CHECK(calls == 0);
  home.write("config/unknot/routines/neck.toml", "[[exercise]]\n");
  CHECK(run_until(io, calls, 1) == 1);
}

TEST_CASE("a config file whose folder does not exist yet is seen once created",
          "[watcher][windows]") {
  TempHome home;
  const auto file = home.config_home() / "unknot" / "config.toml";
  boost::asio::io_context io;
  int calls = 0;
  unknot::WindowsConfigWatcher watcher(
      io, {file}, [&] { ++calls; }, 20ms);
  REQUIRE(watcher.active());  // watching the nearest existing folder
  home.write("config/unknot/config.toml", "[micro]\n");
  CHECK(run_until(io, calls, 1) >= 1);
  const int before = calls;
  home.write("config/unknot/config.toml", "[micro]\nevery = \"30m\"\n");
  CHECK(run_until(io, calls, before + 1) == before + 1);
}
