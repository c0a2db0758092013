#pragma once
// Test support for the control socket tests: a real ControlServer on a real
// socket inside a TempHome runtime dir, its io_context on a thread, and a raw
// client for bytes no well-behaved client would send. Waits are bounded reads
// on sockets (poll with a timeout), never sleeps.
#include <utility>

#include <cstring>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "service/control_server.hpp"
#include "support/temp_home.hpp"

namespace unknot::test {

/// A handler that answers like a tiny daemon: status with a counter, `skip`
/// refused, `done` throws, everything else echoes its command.
inline ControlServer::Handler fake_handler() {
  auto count = std::make_shared<int>(0);
  return [count](const control::Request& request) {
    switch (request.command) {
      case control::Command::status:
      case control::Command::watch:
        return control::Reply::success({{"state", "active"}, {"n", ++*count}});
      case control::Command::skip:
        return control::Reply::failure(control::ErrorCode::refused, "strict mode: no skipping");
      case control::Command::done:
        throw std::runtime_error("handler bug");
      default:
        return control::Reply::success({{"cmd", std::string(control::to_string(request.command))}});
    }
  };
}

/// A started server in a private home, served on its own thread.
class ServerHarness {
 public:
  explicit ServerHarness(ControlServer::Handler handler = fake_handler(),
                         ControlServerOptions options = {})
      : path_(home_.runtime_dir() / "unknot" / "control.sock"),
        server_(io_, path_, std::move(handler), std::move(options)) {
    result_ = server_.start();
    thread_ = std::thread([this] { io_.run(); });
  }
  /// A server whose handler answers later, on the loop: `make` gets the loop.
  using AsyncHandlerFactory = std::function<AsyncHandler(boost::asio::io_context& io)>;
  explicit ServerHarness(const AsyncHandlerFactory& make, ControlServerOptions options = {})
      : path_(home_.runtime_dir() / "unknot" / "control.sock"),
        server_(io_, path_, make(io_), std::move(options)) {
    result_ = server_.start();
    thread_ = std::thread([this] { io_.run(); });
  }
  ~ServerHarness() {
    boost::asio::post(io_, [this] { server_.stop(); });
    guard_.reset();
    thread_.join();
  }
  ServerHarness(const ServerHarness&) = delete;
  ServerHarness& operator=(const ServerHarness&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] ControlServer::StartResult start_result() const { return result_; }
  [[nodiscard]] const TempHome& home() const { return home_; }

  /// Runs `f` on the server's thread and returns its result.
  template <class F>
  auto on_io(F f) -> decltype(f(std::declval<ControlServer&>())) {
    std::packaged_task<decltype(f(std::declval<ControlServer&>()))()> task(
        [&] { return f(server_); });
    auto result = task.get_future();
    boost::asio::post(io_, [&task] { task(); });
    return result.get();
  }

 private:
  TempHome home_;
  std::filesystem::path path_;
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_{
      io_.get_executor()};
  ControlServer server_;
  ControlServer::StartResult result_{};
  std::thread thread_;
};

/// A blocking client that sends raw bytes and reads raw lines.
class RawClient {
 public:
  explicit RawClient(const std::filesystem::path& path) {
    fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawClient() { close(); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  [[nodiscard]] bool connected() const { return connected_; }
  /// Writes all of `bytes`; false when the server has hung up.
  bool send(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }
  /// The next line without its newline; nullopt on EOF or after `timeout_ms`.
  std::optional<std::string> read_line(int timeout_ms = 5000) {
    for (;;) {
      if (const auto nl = pending_.find('\n'); nl != std::string::npos) {
        std::string line = pending_.substr(0, nl);
        pending_.erase(0, nl + 1);
        return line;
      }
      if (!fill(timeout_ms)) return std::nullopt;
    }
  }
  /// True when the server closes the connection within `timeout_ms` (data before it is dropped).
  bool closed_by_server(int timeout_ms = 5000) {
    while (fill(timeout_ms)) pending_.clear();
    return eof_;
  }
  void shutdown_write() { ::shutdown(fd_, SHUT_WR); }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  bool fill(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return false;
    char chunk[65536];
    const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) {
      eof_ = true;
      return false;
    }
    pending_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  int fd_ = -1;
  bool connected_ = false;
  bool eof_ = false;
  std::string pending_;
};

}  // namespace unknot::test
