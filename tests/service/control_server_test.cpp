// The control server on a real socket: ordering, limits, garbage, permissions,
// stale and live sockets, watchers.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <boost/asio/post.hpp>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/wait.h>

#include "support/control_harness.hpp"

using nlohmann::json;
using unknot::ControlServer;
using unknot::ControlServerOptions;
using unknot::SocketProbe;
using unknot::test::RawClient;
using unknot::test::ServerHarness;

namespace {

json next_json(RawClient& client) {
  const auto line = client.read_line();
  REQUIRE(line.has_value());
  return json::parse(*line);
}

std::string request(int id, const char* cmd) {
  return json{{"id", id}, {"cmd", cmd}}.dump() + "\n";
}

mode_t mode_of(const std::filesystem::path& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// A socket file that nobody listens on, as a crashed daemon leaves it.
void make_stale_socket(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  ::close(fd);
}

}  // namespace

TEST_CASE("requests get replies with their ids, and the folder and socket are private") {
  ServerHarness server;
  REQUIRE(server.start_result() == ControlServer::StartResult::listening);
  CHECK(mode_of(server.path().parent_path()) == 0700);
  CHECK(mode_of(server.path()) == 0600);

  RawClient client(server.path());
  REQUIRE(client.connected());
  client.send(request(7, "status"));
  const json reply = next_json(client);
  CHECK(reply["id"] == 7);
  CHECK(reply["ok"] == true);
  CHECK(reply["result"]["state"] == "active");
}

TEST_CASE("pipelined requests are answered in order") {
  ServerHarness server;
  RawClient client(server.path());
  std::string batch;
  for (int id = 1; id <= 200; ++id) batch += request(id, id % 3 == 0 ? "skip" : "status");
  client.send(batch);
  for (int id = 1; id <= 200; ++id) {
    const json reply = next_json(client);
    REQUIRE(reply["id"] == id);
    CHECK(reply["ok"] == (id % 3 != 0));
  }
}

TEST_CASE("a reply the handler gives later keeps its place among pipelined ones") {
  // `stats` is answered a few loop turns later (as the daemon does once the
  // history writer has the figures); `status` at once.
  ServerHarness server([](boost::asio::io_context& io) -> unknot::AsyncHandler {
    return [&io](const unknot::control::Request& request, unknot::Responder respond) {
      if (request.command != unknot::control::Command::stats)
        return respond(unknot::control::Reply::success({{"cmd", "status"}}));
      boost::asio::post(io, [&io, respond] {
        boost::asio::post(io, [respond] {
          respond(unknot::control::Reply::success({{"cmd", "stats"}}));
        });
      });
    };
  });
  RawClient client(server.path());
  std::string batch;
  for (int id = 1; id <= 20; ++id) batch += request(id, id % 2 == 0 ? "stats" : "status");
  client.send(batch);
  for (int id = 1; id <= 20; ++id) {
    const json reply = next_json(client);
    REQUIRE(reply["id"] == id);
    CHECK(reply["result"]["cmd"] == (id % 2 == 0 ? "stats" : "status"));
  }
  // A client that says all it has to say and half-closes still gets the late answer.
  RawClient brief(server.path());
  brief.send(request(99, "stats"));
  brief.shutdown_write();
  CHECK(next_json(brief)["id"] == 99);
}

TEST_CASE("refusals, handler exceptions and bad lines are answered and the session goes on") {
  ServerHarness server;
  RawClient client(server.path());
  client.send(request(1, "skip") + "this is not json\n" + request(2, "done") +
              std::string("\x00\xff\x01garbage\n", 11) + "\n" + request(3, "status"));
  const json refused = next_json(client);
  CHECK(refused["error"] == json{{"code", "refused"}, {"message", "strict mode: no skipping"}});
  CHECK(next_json(client)["error"]["code"] == "bad_request");
  const json internal = next_json(client);
  CHECK(internal["id"] == 2);
  CHECK(internal["error"]["code"] == "internal");
  CHECK(next_json(client)["error"]["code"] == "bad_request");
  CHECK(next_json(client)["error"]["message"] == "empty request");
  CHECK(next_json(client)["ok"] == true);
}

TEST_CASE("a line over 64 KiB gets too_large and the session is closed, others carry on") {
  ServerHarness server;
  RawClient other(server.path());
  RawClient flooder(server.path());
  flooder.send(std::string(70 * 1024, 'x'));
  const json reply = next_json(flooder);
  CHECK(reply["ok"] == false);
  CHECK(reply["error"]["code"] == "too_large");
  CHECK(flooder.closed_by_server());

  other.send(request(1, "status"));
  CHECK(next_json(other)["ok"] == true);
}

TEST_CASE("a line of exactly 64 KiB is still read") {
  ServerHarness server;
  RawClient client(server.path());
  std::string line = "{\"cmd\":\"status\",\"id\":\"";
  line += std::string(unknot::control::kMaxLineBytes - line.size() - 3, 'p');
  line += "\"}\n";
  REQUIRE(line.size() == unknot::control::kMaxLineBytes);
  client.send(line);
  CHECK(next_json(client)["error"]["message"] ==
        "id: expected an integer or a string of at most 256 bytes");
}

TEST_CASE("half a request and a hang-up leave the server answering others") {
  ServerHarness server;
  {
    RawClient quitter(server.path());
    quitter.send("{\"cmd\":\"sta");
  }
  RawClient client(server.path());
  client.send(request(1, "status"));
  CHECK(next_json(client)["ok"] == true);
}

TEST_CASE("a client that sends and then shuts its side still gets its answers") {
  ServerHarness server;
  RawClient client(server.path());
  client.send(request(1, "status") + request(2, "status"));
  client.shutdown_write();
  CHECK(next_json(client)["id"] == 1);
  CHECK(next_json(client)["id"] == 2);
  CHECK(client.closed_by_server());
}

TEST_CASE("a silent client is closed after the idle timeout, a watcher is not") {
  ControlServerOptions options;
  options.idle_timeout = std::chrono::milliseconds{100};
  ServerHarness server(unknot::test::fake_handler(), options);
  RawClient silent(server.path());
  RawClient watcher(server.path());
  watcher.send(request(1, "watch"));
  CHECK(next_json(watcher)["ok"] == true);
  CHECK(silent.closed_by_server(5000));
  CHECK_FALSE(watcher.read_line(400).has_value());  // still open, well past the timeout
  server.on_io([](ControlServer& s) {
    s.broadcast({{"state", "idle"}});
    return 0;
  });
  CHECK(next_json(watcher) == json{{"watch", {{"state", "idle"}}}});
}

TEST_CASE("broadcast reaches watchers only") {
  ServerHarness server;
  RawClient watcher_a(server.path());
  RawClient watcher_b(server.path());
  RawClient plain(server.path());
  for (RawClient* w : {&watcher_a, &watcher_b}) {
    w->send(request(1, "watch"));
    const json reply = next_json(*w);
    CHECK(reply["ok"] == true);
    CHECK(reply["result"]["state"] == "active");
  }
  for (int i = 0; i < 3; ++i)
    server.on_io([i](ControlServer& s) {
      s.broadcast({{"n", i}});
      return 0;
    });
  for (RawClient* w : {&watcher_a, &watcher_b})
    for (int i = 0; i < 3; ++i) CHECK(next_json(*w) == json{{"watch", {{"n", i}}}});
  plain.send(request(5, "status"));
  CHECK(next_json(plain)["id"] == 5);  // no push came before its reply
}

TEST_CASE("a watcher that stops reading is dropped instead of buffered without bound") {
  ControlServerOptions options;
  options.max_queued_bytes = 64 * 1024;
  ServerHarness server(unknot::test::fake_handler(), options);
  RawClient stuck(server.path());
  stuck.send(request(1, "watch"));
  CHECK(next_json(stuck)["ok"] == true);
  const json big = {{"padding", std::string(16 * 1024, 'x')}};
  // Far more than the kernel's socket buffers plus the queue limit.
  for (int i = 0; i < 400; ++i)
    server.on_io([&big](ControlServer& s) {
      s.broadcast(big);
      return 0;
    });
  CHECK(server.on_io([](ControlServer& s) { return s.session_count(); }) == 0);
  int pushes = 0;
  while (stuck.read_line(2000)) ++pushes;
  CHECK(pushes < 400);
  CHECK(stuck.closed_by_server());
}

TEST_CASE("a stale socket file is replaced, a live one is left alone") {
  unknot::test::TempHome home;
  const auto path = home.runtime_dir() / "unknot" / "control.sock";
  CHECK(unknot::probe_socket(path) == SocketProbe::none);
  make_stale_socket(path);
  CHECK(unknot::probe_socket(path) == SocketProbe::stale);

  boost::asio::io_context io;
  ControlServer first(io, path, unknot::test::fake_handler());
  CHECK(first.start() == ControlServer::StartResult::listening);
  CHECK(unknot::probe_socket(path) == SocketProbe::live);

  ControlServer second(io, path, unknot::test::fake_handler());
  CHECK(second.start() == ControlServer::StartResult::already_running);
  second.stop();
  CHECK(std::filesystem::exists(path));  // the loser never removes the winner's socket

  first.stop();
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("an existing folder open to others is made private") {
  unknot::test::TempHome home;
  const auto dir = home.runtime_dir() / "unknot";
  std::filesystem::create_directories(dir);
  ::chmod(dir.c_str(), 0755);
  boost::asio::io_context io;
  ControlServer server(io, dir / "control.sock", unknot::test::fake_handler());
  REQUIRE(server.start() == ControlServer::StartResult::listening);
  CHECK(mode_of(dir) == 0700);
}

TEST_CASE("a folder others may write to is refused, never used") {
  unknot::test::TempHome home;
  const auto dir = home.runtime_dir() / "unknot";
  std::filesystem::create_directories(dir);
  ::chmod(dir.c_str(), 0777);
  boost::asio::io_context io;
  ControlServer server(io, dir / "control.sock", unknot::test::fake_handler());
  CHECK_THROWS_WITH(server.start(),
                    Catch::Contains(dir.string() + " is writable by other users (mode 0777)"));
  CHECK_FALSE(std::filesystem::exists(dir / "control.sock"));
  CHECK(mode_of(dir) == 0777);  // left for the user to look at
}

TEST_CASE("a folder owned by another user or a symlink is refused") {
  unknot::test::TempHome home;
  const auto dir = home.runtime_dir() / "unknot";
  boost::asio::io_context io;
  SECTION("symlink") {
    std::filesystem::create_directories(home.root() / "elsewhere");
    std::filesystem::create_directory_symlink(home.root() / "elsewhere", dir);
    ControlServer server(io, dir / "control.sock", unknot::test::fake_handler());
    CHECK_THROWS_AS(server.start(), std::system_error);
  }
  SECTION("another user's folder") {
    if (::geteuid() != 0) return;  // only root can give a folder away
    std::filesystem::create_directories(dir);
    REQUIRE(::chown(dir.c_str(), 65534, 65534) == 0);
    ControlServer server(io, dir / "control.sock", unknot::test::fake_handler());
    CHECK_THROWS_WITH(server.start(), Catch::Contains("another user"));
  }
}

TEST_CASE("a client of another user gets forbidden") {
  if (::geteuid() != 0) return;  // needs root to connect as someone else
  ServerHarness server;
  // Open the door so the other user can reach the socket at all: the
  // credential check is the second line of defence.
  for (const auto& dir :
       {server.home().root(), server.home().runtime_dir(), server.path().parent_path()})
    ::chmod(dir.c_str(), 0755);
  ::chmod(server.path().c_str(), 0666);
  const pid_t child = ::fork();
  if (child == 0) {
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(10);
    RawClient client(server.path());
    if (!client.connected()) ::_exit(11);
    client.send(request(1, "status"));
    const auto line = client.read_line();
    ::_exit(line && line->find("\"forbidden\"") != std::string::npos ? 0 : 12);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("stop() delivers queued replies, closes sessions and removes the socket") {
  boost::asio::io_context io;
  unknot::test::TempHome home;
  const auto path = home.runtime_dir() / "unknot" / "control.sock";
  std::unique_ptr<ControlServer> server;
  server = std::make_unique<ControlServer>(io, path, [&](const unknot::control::Request& r) {
    if (r.command == unknot::control::Command::quit)
      boost::asio::post(io, [&] { server->stop(); });  // as the daemon does
    return unknot::control::Reply::success();
  });
  REQUIRE(server->start() == ControlServer::StartResult::listening);
  std::thread thread([&] { io.run(); });
  RawClient bystander(path);
  RawClient client(path);
  client.send(request(1, "quit"));
  CHECK(next_json(client)["ok"] == true);
  CHECK(client.closed_by_server());
  CHECK(bystander.closed_by_server());
  thread.join();  // nothing left to do: the loop ends by itself
  CHECK_FALSE(std::filesystem::exists(path));
}
