// UiLauncher against a stand-in for unknot-ui: a shell script that records
// its arguments and environment, then exits or waits as the test asks.
#include <utility>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include <boost/asio/io_context.hpp>
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "service/ui_launcher.hpp"
#include "support/temp_home.hpp"

namespace fs = std::filesystem;
using unknot::UiLauncher;
using unknot::UiRole;

namespace {

/// A fake unknot-ui: one record line per start, then `exit` or `wait` as
/// $FAKE_UI_MODE says (read at start: it proves the environment is passed).
fs::path write_fake_ui(const unknot::test::TempHome& home) {
  const fs::path script =
      home.write("bin/fake-ui",
                 "#!/bin/sh\n"
                 "fds=$(ls /proc/$$/fd | tr '\\n' ' ')\n"
                 "echo \"args=$* display=$DISPLAY fds=$fds\" >> \"$FAKE_UI_LOG\"\n"
                 "[ \"$FAKE_UI_MODE\" = wait ] && exec sleep 60\n"
                 "exit 0\n");
  chmod(script.c_str(), 0755);
  return script;
}

std::vector<std::string> read_lines(const fs::path& file) {
  std::vector<std::string> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// Runs `io` until `done` holds or 10 s pass (process start and exit take real time).
bool run_until(boost::asio::io_context& io, const std::function<bool()>& done) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds{10};
  while (!done()) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    io.restart();
    io.run_for(std::chrono::milliseconds{20});
  }
  return true;
}

/// Neither running nor a zombie: /proc has no entry for `pid`.
bool gone(int pid) { return !fs::exists("/proc/" + std::to_string(pid)); }

struct Fixture {
  unknot::test::TempHome home;
  fs::path log = home.root() / "fake-ui.log";
  fs::path program = write_fake_ui(home);
  fs::path socket = home.runtime_dir() / "unknot/control.sock";
  boost::asio::io_context io;

  Fixture() {
    setenv("FAKE_UI_LOG", log.c_str(), 1);
    setenv("DISPLAY", ":77", 1);
  }
  ~Fixture() {
    unsetenv("FAKE_UI_LOG");
    unsetenv("FAKE_UI_MODE");
  }
};

}  // namespace

TEST_CASE_METHOD(Fixture, "unknot-ui gets the role's arguments, the socket and the environment",
                 "[ui_launcher]") {
  setenv("FAKE_UI_MODE", "exit", 1);
  UiLauncher launcher(io, program, socket);
  launcher.open(UiRole::break_window, {"break", "micro"});
  const int pid = launcher.pid(UiRole::break_window);
  REQUIRE(pid > 0);
  REQUIRE(run_until(io, [&] { return !launcher.running(UiRole::break_window); }));
  CHECK(gone(pid));
  const auto lines = read_lines(log);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("args=break micro --socket " + socket.string() + " display=:77", 0) == 0);
}

TEST_CASE_METHOD(Fixture, "one process per role; a second open while it runs is ignored",
                 "[ui_launcher]") {
  setenv("FAKE_UI_MODE", "wait", 1);
  UiLauncher launcher(io, program, socket);
  launcher.open(UiRole::tray, {"--tray"});
  REQUIRE(run_until(io, [&] { return read_lines(log).size() == 1; }));
  const int first = launcher.pid(UiRole::tray);
  launcher.open(UiRole::tray, {"--tray"});
  CHECK(launcher.pid(UiRole::tray) == first);
  launcher.open(UiRole::stats, {"stats"});  // another role starts beside it
  REQUIRE(run_until(io, [&] { return read_lines(log).size() == 2; }));
  CHECK(launcher.running(UiRole::tray));
  CHECK(launcher.running(UiRole::stats));

  launcher.close(UiRole::tray);
  REQUIRE(run_until(io, [&] { return !launcher.running(UiRole::tray); }));
  CHECK(gone(first));
  CHECK(launcher.running(UiRole::stats));
  launcher.close_all();
  REQUIRE(run_until(io, [&] { return !launcher.running(UiRole::stats); }));
  CHECK(read_lines(log).size() == 2);
}

TEST_CASE_METHOD(Fixture, "a role can open again once its process has exited", "[ui_launcher]") {
  setenv("FAKE_UI_MODE", "exit", 1);
  UiLauncher launcher(io, program, socket);
  launcher.open(UiRole::break_window, {"break"});
  const int first = launcher.pid(UiRole::break_window);
  REQUIRE(run_until(io, [&] { return !launcher.running(UiRole::break_window); }));
  launcher.open(UiRole::break_window, {"break"});
  const int second = launcher.pid(UiRole::break_window);
  REQUIRE(run_until(io, [&] { return !launcher.running(UiRole::break_window); }));
  CHECK(second != first);
  CHECK(gone(first));
  CHECK(gone(second));
  CHECK(read_lines(log).size() == 2);
}

TEST_CASE_METHOD(Fixture, "the daemon's own descriptors do not leak into unknot-ui",
                 "[ui_launcher]") {
  setenv("FAKE_UI_MODE", "exit", 1);
  const int leaky = fcntl(open("/dev/null", O_RDONLY), F_DUPFD, 40);  // no CLOEXEC, like Asio's
  REQUIRE(leaky >= 40);
  UiLauncher launcher(io, program, socket);
  launcher.open(UiRole::settings, {"settings"});
  REQUIRE(run_until(io, [&] { return !launcher.running(UiRole::settings); }));
  close(leaky);
  const auto lines = read_lines(log);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(" " + std::to_string(leaky) + " ") == std::string::npos);
}

TEST_CASE_METHOD(Fixture, "destroying the launcher ends and reaps what still runs",
                 "[ui_launcher]") {
  setenv("FAKE_UI_MODE", "wait", 1);
  int pid = 0;
  {
    UiLauncher launcher(io, program, socket);
    launcher.open(UiRole::status, {"status"});
    pid = launcher.pid(UiRole::status);
    REQUIRE(run_until(io, [&] { return read_lines(log).size() == 1; }));
  }
  CHECK(gone(pid));
}

TEST_CASE_METHOD(Fixture, "a missing program is logged, not thrown", "[ui_launcher]") {
  UiLauncher launcher(io, home.root() / "no-such-ui", socket);
  CHECK_NOTHROW(launcher.open(UiRole::break_window, {"break"}));
  CHECK_FALSE(launcher.running(UiRole::break_window));
}

TEST_CASE("ui_program_path: $UNKNOT_UI, else unknot-ui beside the running binary",
          "[ui_launcher]") {
  unknot::test::TempHome home;
  setenv("UNKNOT_UI", "/opt/x/unknot-ui-test", 1);
  CHECK(unknot::ui_program_path() == "/opt/x/unknot-ui-test");
  unsetenv("UNKNOT_UI");
  const fs::path self = fs::read_symlink("/proc/self/exe");
  CHECK(unknot::ui_program_path() == self.parent_path() / "unknot-ui");
}
