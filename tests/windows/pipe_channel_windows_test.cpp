// The control channel over the named pipe on the Asio loop: what the
// daemon's server and unknotctl will speak through on Windows.
#include <utility>

#include <thread>

#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <catch2/catch.hpp>

#include "platform/pipe_channel_windows.hpp"

using namespace std::chrono_literals;

namespace {

std::filesystem::path pipe_name(const char* tag) {
  return L"\\\\.\\pipe\\unknot-test-channel-" + std::to_wstring(GetCurrentProcessId()) + L"-" +
         std::filesystem::path{tag}.wstring();
}

/// The client's side: a request line out, the reply line back (its own loop).
std::string ask(const std::filesystem::path& name, const std::string& line) {
  boost::asio::io_context io;
  boost::system::error_code ec;
  unknot::PipeStream stream = unknot::connect_pipe(io, name, 2s, ec);
  if (ec) return "connect failed: " + ec.message();
  boost::asio::write(stream, boost::asio::buffer(line), ec);
  boost::asio::streambuf reply;
  boost::asio::read_until(stream, reply, '\n', ec);
  if (ec) return "read failed: " + ec.message();
  return {std::istreambuf_iterator<char>(&reply), {}};
}

/// A server answering each line with "ok: <line>", until `clients` were served.
struct EchoServer {
  EchoServer(boost::asio::io_context& io, const std::filesystem::path& name) : acceptor(io, name) {
    std::string error;
    REQUIRE(acceptor.open(error) == unknot::PipeAcceptor::OpenResult::ok);
    acceptor.accept([this](unknot::PipeStream client) {
      auto stream = std::make_shared<unknot::PipeStream>(std::move(client));
      auto buffer = std::make_shared<boost::asio::streambuf>();
      boost::asio::async_read_until(
          *stream, *buffer, '\n',
          [this, stream, buffer](boost::system::error_code ec, std::size_t) {
            if (ec) return;
            auto reply = std::make_shared<std::string>(
                "ok: " + std::string{std::istreambuf_iterator<char>(buffer.get()), {}});
            boost::asio::async_write(
                *stream, boost::asio::buffer(*reply),
                [this, stream, reply](boost::system::error_code, std::size_t) { ++served; });
          });
    });
  }
  unknot::PipeAcceptor acceptor;
  int served = 0;
};

}  // namespace

TEST_CASE("clients one after another each get their answer over the pipe", "[pipe][windows]") {
  boost::asio::io_context io;
  const auto name = pipe_name("serial");
  EchoServer server(io, name);
  std::string first, second;
  std::thread clients([&] {
    first = ask(name, "status\n");
    second = ask(name, "pause 30m\n");
  });
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (server.served < 2 && std::chrono::steady_clock::now() < deadline) io.run_for(50ms);
  clients.join();
  CHECK(first == "ok: status\n");
  CHECK(second == "ok: pause 30m\n");
}

TEST_CASE("two clients at once are both served", "[pipe][windows]") {
  boost::asio::io_context io;
  const auto name = pipe_name("parallel");
  EchoServer server(io, name);
  std::string a, b;
  std::thread one([&] { a = ask(name, "a\n"); });
  std::thread two([&] { b = ask(name, "b\n"); });
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (server.served < 2 && std::chrono::steady_clock::now() < deadline) io.run_for(50ms);
  one.join();
  two.join();
  CHECK(a == "ok: a\n");
  CHECK(b == "ok: b\n");
}

TEST_CASE("a second daemon is told one already serves the pipe", "[pipe][windows]") {
  boost::asio::io_context io;
  const auto name = pipe_name("second");
  EchoServer server(io, name);
  unknot::PipeAcceptor second(io, name);
  std::string error;
  CHECK(second.open(error) == unknot::PipeAcceptor::OpenResult::already_running);
}

TEST_CASE("without a daemon the client is told so", "[pipe][windows]") {
  boost::asio::io_context io;
  boost::system::error_code ec;
  unknot::connect_pipe(io, pipe_name("none"), 100ms, ec);
  CHECK(ec.value() == ERROR_FILE_NOT_FOUND);
}
