// unknotctl end to end inside the process: arguments in, a real socket to a
// fake daemon, output and exit code out.
#include "ctl/ctl_run.hpp"

#include <optional>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include "support/control_harness.hpp"

using nlohmann::json;
using unknot::control::Command;
using unknot::control::Reply;
using unknot::control::Request;

namespace {

struct CtlResult {
  int code;
  std::string out;
  std::string err;
};

CtlResult ctl(std::vector<std::string> args) {
  std::ostringstream out, err;
  const int code = unknot::ctl_main(args, "9.9.9", out, err);
  return {code, out.str(), err.str()};
}

const json kStatus = {{"state", "active"},       {"next_break", {{"kind", "micro"}, {"in_s", 720}}},
                      {"sitting_s", 38 * 60},    {"paused", false},
                      {"paused_until", nullptr}, {"idle_source", "x11"}};

// A daemon stand-in that remembers the last request it was given.
struct RecordingDaemon {
  std::shared_ptr<Request> last = std::make_shared<Request>();
  unknot::ControlServer::Handler handler() {
    return [last = last](const Request& request) {
      *last = request;
      switch (request.command) {
        case Command::status:
        case Command::watch:
          return Reply::success(kStatus);
        case Command::skip:
          return Reply::failure(unknot::control::ErrorCode::refused, "strict mode: no skipping");
        case Command::stats:
          return Reply::success({{"days", json::array()}});
        case Command::reload:
          return Reply::success({{"message", "config reloaded"}});
        default:
          return Reply::success();
      }
    };
  }
};

}  // namespace

TEST_CASE("unknotctl status prints one line, or one JSON object with --json") {
  RecordingDaemon daemon;
  unknot::test::ServerHarness server(daemon.handler());
  const auto line = ctl({"status"});
  CHECK(line.code == 0);
  CHECK(line.out == "next: micro break in 12m · sitting 38m\n");
  CHECK(line.err.empty());

  const auto as_json = ctl({"status", "--json"});
  CHECK(as_json.code == 0);
  CHECK(as_json.out.find('\n') == as_json.out.size() - 1);
  CHECK(json::parse(as_json.out) == kStatus);
}

TEST_CASE("unknotctl sends typed arguments and is quiet on success") {
  RecordingDaemon daemon;
  unknot::test::ServerHarness server(daemon.handler());
  const auto pause = ctl({"pause", "1h", "--meeting"});
  CHECK(pause.code == 0);
  CHECK(pause.out.empty());
  CHECK(server.on_io([&](auto&) { return daemon.last->duration == std::chrono::seconds{3600}; }));
  CHECK(server.on_io([&](auto&) { return daemon.last->meeting; }));

  CHECK(ctl({"pause", "--until", "9:30"}).code == 0);
  CHECK(server.on_io([&](auto&) { return daemon.last->until->minutes; }) == 9 * 60 + 30);

  CHECK(ctl({"meeting", "on"}).code == 0);
  CHECK(server.on_io(
      [&](auto&) { return daemon.last->command == Command::meeting && daemon.last->on; }));

  CHECK(ctl({"reload"}).out == "config reloaded\n");
}

TEST_CASE("a refusal exits 1 with the daemon's message on stderr") {
  RecordingDaemon daemon;
  unknot::test::ServerHarness server(daemon.handler());
  const auto skip = ctl({"skip"});
  CHECK(skip.code == 1);
  CHECK(skip.out.empty());
  CHECK(skip.err == "unknotctl: strict mode: no skipping\n");
}

TEST_CASE("no daemon exits 3 with one line") {
  unknot::test::TempHome home;
  const auto result = ctl({"status"});
  CHECK(result.code == 3);
  CHECK(result.err == "unknotctl: unknot is not running\n");
  CHECK(ctl({"--socket", (home.root() / "nowhere.sock").string(), "quit"}).code == 3);
}

TEST_CASE("bad usage exits 2 with a usage line, help and version exit 0") {
  const auto bad = ctl({"pause", "soon"});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("'soon'") && Catch::Contains("usage: unknotctl"));
  CHECK(ctl({}).code == 2);
  const auto version = ctl({"--version"});
  CHECK(version.code == 0);
  CHECK(version.out == "unknotctl 9.9.9\n");
  const auto help = ctl({"--help"});
  CHECK(help.code == 0);
  CHECK_THAT(help.out, Catch::Contains("Exit status"));
}

TEST_CASE("stats prints the daemon's object as JSON, CSV or a table") {
  RecordingDaemon daemon;
  unknot::test::ServerHarness server(daemon.handler());
  const auto stats = ctl({"stats", "--days", "3", "--json"});
  CHECK(stats.code == 0);
  CHECK(json::parse(stats.out) == json{{"days", json::array()}});
  CHECK(server.on_io([&](auto&) { return daemon.last->days.value_or(0); }) == 3);
  const auto csv = ctl({"stats", "--csv"});
  CHECK(csv.code == 0);
  CHECK_THAT(csv.out, Catch::StartsWith("date,"));
  const auto table = ctl({"stats"});
  CHECK(table.code == 0);
  CHECK_THAT(table.out, Catch::Contains("Total"));
}

/// The lines `watch` printed, each parsed.
std::vector<json> json_lines(const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  std::vector<json> seen;
  while (std::getline(lines, line)) seen.push_back(json::parse(line));
  return seen;
}

const json kOff = {{"state", "off"}};

TEST_CASE("watch prints one JSON object per line, and off when the daemon goes") {
  RecordingDaemon daemon;
  unknot::test::ServerHarness server(daemon.handler());
  std::ostringstream out, err;
  std::thread stopper([&] {
    // Once the daemon has answered `watch`, push one status and stop it.
    // Bounded, so a broken client fails the test instead of hanging it.
    for (int i = 0; i < 1000000; ++i) {
      if (server.on_io([&](auto&) { return daemon.last->command == Command::watch; })) break;
      std::this_thread::yield();
    }
    server.on_io([](unknot::ControlServer& s) {
      s.broadcast({{"state", "idle"}});
      s.stop();
      return 0;
    });
  });
  std::vector<std::chrono::milliseconds> waits;
  const int code = unknot::run_watch(server.path(), out, err, [&](std::chrono::milliseconds pause) {
    waits.push_back(pause);
    return false;  // stdout gone: stop here
  });
  stopper.join();
  CHECK(code == 0);
  CHECK(json_lines(out.str()) == std::vector<json>{kStatus, {{"state", "idle"}}, kOff});
  CHECK(waits == std::vector<std::chrono::milliseconds>{std::chrono::seconds{1}});
}

TEST_CASE("watch without a daemon says off once and keeps trying, never in a busy loop") {
  // Waybar starts before unknot: the module must come alive once it runs.
  unknot::test::TempHome home;
  const auto socket = home.runtime_dir() / "unknot" / "control.sock";
  std::ostringstream out, err;
  std::vector<std::chrono::milliseconds> waits;
  const int code = unknot::run_watch(socket, out, err, [&](std::chrono::milliseconds pause) {
    waits.push_back(pause);
    return waits.size() < 4;
  });
  CHECK(code == 0);
  CHECK(json_lines(out.str()) == std::vector<json>{kOff});
  CHECK(err.str().empty());
  using std::chrono::seconds;
  CHECK(waits ==
        std::vector<std::chrono::milliseconds>{seconds{1}, seconds{2}, seconds{2}, seconds{2}});
}

TEST_CASE("watch started before the daemon follows it once it appears") {
  unknot::test::TempHome home;
  const auto socket = home.runtime_dir() / "unknot" / "control.sock";
  RecordingDaemon daemon;
  std::optional<unknot::test::ServerHarness> server;
  std::thread stopper;
  std::ostringstream out, err;
  int waits = 0;
  const int code = unknot::run_watch(socket, out, err, [&](std::chrono::milliseconds) {
    if (++waits > 1) return false;
    // The daemon starts while watch waits (at a socket of its own home:
    // a link puts it where watch looks); it quits once watched.
    server.emplace(daemon.handler());
    std::filesystem::create_directories(socket.parent_path());
    std::filesystem::create_symlink(server->path(), socket);
    stopper = std::thread([&] {
      for (int i = 0; i < 1000000; ++i) {
        if (server->on_io([&](auto&) { return daemon.last->command == Command::watch; })) break;
        std::this_thread::yield();
      }
      server->on_io([](unknot::ControlServer& s) {
        s.stop();
        return 0;
      });
    });
    return true;
  });
  stopper.join();
  CHECK(code == 0);
  CHECK(json_lines(out.str()) == std::vector<json>{kOff, kStatus, kOff});
}

TEST_CASE("unknotctl autostart turns start at login on and off without a daemon") {
  unknot::test::TempHome home;
  const auto entry = home.config_home() / "autostart/io.github.unknot.Unknot.desktop";
  CHECK(ctl({"autostart"}).out == "off\n");
  const auto on = ctl({"autostart", "on"});
  CHECK(on.code == 0);
  CHECK(on.out == "on\n");
  CHECK(std::filesystem::exists(entry));
  CHECK(ctl({"autostart"}).out == "on\n");
  CHECK(ctl({"autostart", "off"}).out == "off\n");
  CHECK_FALSE(std::filesystem::exists(entry));
  const auto bad = ctl({"autostart", "maybe"});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("autostart takes on or off") != std::string::npos);
}
