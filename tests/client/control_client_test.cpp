// The client library against a real server (and against sockets that misbehave).
#include <utility>

#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/write.hpp>
#include <catch2/catch.hpp>

#include "client/control_client.hpp"
#include "support/control_harness.hpp"

using nlohmann::json;
using unknot::ControlClient;
using unknot::ControlClientError;
using unknot::ControlServer;
using Kind = ControlClientError::Kind;

namespace {

Kind failure_kind(const std::function<void()>& action) {
  try {
    action();
  } catch (const ControlClientError& e) {
    return e.kind();
  }
  FAIL("no ControlClientError thrown");
  return Kind::io;
}

}  // namespace

TEST_CASE("the socket path follows XDG_RUNTIME_DIR, else a per-user /tmp folder") {
  unknot::test::TempHome home;
  CHECK(unknot::default_control_socket_path() == home.runtime_dir() / "unknot" / "control.sock");
  ::unsetenv("XDG_RUNTIME_DIR");
  CHECK(unknot::default_control_socket_path() ==
        std::filesystem::path("/tmp/unknot-" + std::to_string(::getuid())) / "control.sock");
  ::setenv("XDG_RUNTIME_DIR", "relative/dir", 1);
  CHECK(unknot::default_control_socket_path().is_absolute());
}

TEST_CASE("no daemon means not_running: no socket, no folder, or a stale socket") {
  unknot::test::TempHome home;
  ControlClient client;
  const auto path = home.runtime_dir() / "unknot" / "control.sock";
  CHECK(failure_kind([&] { client.connect(path); }) == Kind::not_running);
  {  // a socket file nobody listens on, as a crashed daemon leaves it
    std::filesystem::create_directories(path.parent_path());
    boost::asio::io_context io;
    boost::asio::local::stream_protocol::acceptor crashed(io, path.string());
  }
  REQUIRE(std::filesystem::exists(path));
  CHECK(failure_kind([&] { client.connect(path); }) == Kind::not_running);
  CHECK_FALSE(client.is_connected());
}

TEST_CASE("requests return replies, refusals included, on one connection") {
  unknot::test::ServerHarness server;
  ControlClient client;
  client.connect(server.path());
  REQUIRE(client.is_connected());
  const json first = client.request("status");
  CHECK(first["ok"] == true);
  CHECK(first["result"]["n"] == 1);
  CHECK(client.request("status")["result"]["n"] == 2);
  const json refused = client.request("skip");
  CHECK(refused["ok"] == false);
  CHECK(refused["error"]["code"] == "refused");
  const json bad = client.request("pause", {{"duration_s", "soon"}});
  CHECK(bad["error"]["code"] == "bad_request");
}

TEST_CASE("a daemon that never answers is a timeout, not a hang") {
  unknot::test::TempHome home;
  const auto path = home.runtime_dir() / "mute.sock";
  boost::asio::io_context io;
  boost::asio::local::stream_protocol::acceptor mute(io, path.string());  // listens, never reads
  ControlClient client;
  client.connect(path);
  CHECK(failure_kind([&] {
          client.request("status", json::object(), std::chrono::milliseconds{100});
        }) == Kind::timeout);
  CHECK_FALSE(client.is_connected());
}

TEST_CASE("a reply that is not JSON is a protocol error") {
  unknot::test::TempHome home;
  const auto path = home.runtime_dir() / "liar.sock";
  boost::asio::io_context io;
  boost::asio::local::stream_protocol::acceptor liar(io, path.string());
  ControlClient client;
  client.connect(path);
  boost::asio::local::stream_protocol::socket peer(io);
  liar.accept(peer);
  boost::asio::write(peer, boost::asio::buffer(std::string("HTTP/1.1 200 OK\n")));
  CHECK(failure_kind([&] { client.request("status"); }) == Kind::protocol);
}

TEST_CASE("watch delivers the current status, then pushes, until the daemon stops") {
  unknot::test::ServerHarness server;
  ControlClient watcher;
  watcher.connect(server.path());
  std::vector<json> seen;
  std::thread pusher;
  const json reply = watcher.watch([&](const json& status) {
    seen.push_back(status);
    if (seen.size() == 1) {  // registered now: push twice, then shut the server down
      pusher = std::thread([&] {
        for (int i = 0; i < 2; ++i)
          server.on_io([i](ControlServer& s) {
            s.broadcast({{"push", i}});
            return 0;
          });
        server.on_io([](ControlServer& s) {
          s.stop();
          return 0;
        });
      });
    }
    return true;
  });
  pusher.join();
  CHECK(reply["ok"] == true);
  REQUIRE(seen.size() == 3);
  CHECK(seen[0]["state"] == "active");
  CHECK(seen[1] == json{{"push", 0}});
  CHECK(seen[2] == json{{"push", 1}});
}

TEST_CASE("watch ends when the callback says so, and interrupt() ends it from another thread") {
  unknot::test::ServerHarness server;
  ControlClient first;
  first.connect(server.path());
  int calls = 0;
  first.watch([&](const json&) { return ++calls < 1; });
  CHECK(calls == 1);

  ControlClient second;
  second.connect(server.path());
  std::thread stopper;
  const json reply = second.watch([&](const json&) {
    stopper = std::thread([&] { second.interrupt(); });
    return true;
  });
  stopper.join();
  CHECK(reply["ok"] == true);
}

TEST_CASE("an oversized request comes back as a too_large reply, not an exception") {
  unknot::test::ServerHarness server;
  ControlClient client;
  client.connect(server.path());
  const json reply = client.request("status", {{"padding", std::string(80 * 1024, 'x')}});
  CHECK(reply["ok"] == false);
  CHECK(reply["error"]["code"] == "too_large");
}
