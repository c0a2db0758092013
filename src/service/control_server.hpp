#pragma once
// The control socket: a Unix stream socket that speaks the control protocol
// (protocol/control_protocol.hpp) to unknotctl, unknot-ui and scripts. All I/O
// and the handler run on the io_context's thread; the protocol itself is pure.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <nlohmann/json.hpp>

#include "protocol/control_protocol.hpp"
#include "service/control_handler.hpp"

namespace unknot {

/// What is at a socket path before we bind it.
enum class SocketProbe {
  none,   ///< nothing there
  live,   ///< a server accepts connections: another daemon runs
  stale,  ///< a socket nobody listens on (a crashed daemon's), or junk in its place
};

/// Looks at `path` without disturbing a live server (a connect, no request).
SocketProbe probe_socket(const std::filesystem::path& path);

/// Listens on the control socket and answers each request through a handler.
class ControlServer {
 public:
  /// Called on the io_context thread with each valid request; answers at once.
  using Handler = SyncHandler;

  /// How start() ended.
  enum class StartResult {
    listening,        ///< the socket is ours
    already_running,  ///< another daemon answers on the path: leave it alone
  };

  ControlServer(boost::asio::io_context& io, std::filesystem::path socket_path,
                AsyncHandler handler, ControlServerOptions options = {});
  /// A server whose handler answers every request at once (tests, benchmarks).
  ControlServer(boost::asio::io_context& io, std::filesystem::path socket_path, Handler handler,
                ControlServerOptions options = {});
  /// stop()s.
  ~ControlServer();
  ControlServer(const ControlServer&) = delete;
  ControlServer& operator=(const ControlServer&) = delete;

  /// Makes the folder private (0700, ours, or throws), replaces a stale socket,
  /// binds, sets the socket 0600 and accepts. Throws std::system_error when the
  /// socket cannot be had for another reason.
  StartResult start();
  /// Sends `{"watch": status}` to every session that sent `watch`.
  void broadcast(const nlohmann::json& status);
  /// Stops accepting, removes the socket file and closes every session once
  /// its queued replies are written (bounded by stop_flush_timeout).
  void stop();

  /// The socket path given at construction.
  [[nodiscard]] const std::filesystem::path& socket_path() const;
  /// Open sessions right now (for tests and the benchmark).
  [[nodiscard]] std::size_t session_count() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

/// Raises this process's open-file soft limit to its hard limit; returns the new soft limit.
std::size_t raise_open_file_limit();

}  // namespace unknot
