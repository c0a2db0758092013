#pragma once
// A client of the daemon's control socket, shared by unknotctl and unknot-ui.
// Calls are synchronous with deadlines; each object is one connection and is
// used from one thread (only interrupt() may be called from another).
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace unknot {

/// The daemon's socket by the daemon's rule: `$XDG_RUNTIME_DIR/unknot/control.sock`,
/// or `/tmp/unknot-<uid>/control.sock` when XDG_RUNTIME_DIR is unset or relative.
std::filesystem::path default_control_socket_path();

/// Why a call to the daemon failed (a refusal by the daemon is a reply, not this).
class ControlClientError : public std::runtime_error {
 public:
  enum class Kind {
    not_running,  ///< no socket, or nobody listening on it
    timeout,      ///< the daemon did not answer in time
    io,           ///< the connection failed or closed mid-request
    protocol,     ///< the daemon answered something that is not a reply
  };
  /// An error of `kind` with a one-line message for the user.
  ControlClientError(Kind kind, const std::string& message);
  /// What went wrong, for exit codes and retries.
  [[nodiscard]] Kind kind() const noexcept { return kind_; }

 private:
  Kind kind_;
};

/// One connection to the daemon.
class ControlClient {
 public:
  ControlClient();
  ~ControlClient();
  ControlClient(const ControlClient&) = delete;
  ControlClient& operator=(const ControlClient&) = delete;

  /// Connects to `path`; throws ControlClientError (not_running when there is
  /// no daemon).
  void connect(const std::filesystem::path& path,
               std::chrono::milliseconds timeout = std::chrono::seconds{2});
  /// Sends one command and returns the whole reply object (`ok`, `result` or
  /// `error`); a refusal is returned, not thrown. Throws ControlClientError.
  nlohmann::json request(std::string_view cmd,
                         const nlohmann::json& args = nlohmann::json::object(),
                         std::chrono::milliseconds timeout = std::chrono::seconds{10});
  /// Sends `watch` and hands every status to `on_status`: the reply's result
  /// first (when the daemon put a status there), then each push, until the
  /// daemon hangs up, interrupt() is called or `on_status` returns false.
  /// Returns the reply to `watch` (check `ok`: the daemon may refuse).
  nlohmann::json watch(const std::function<bool(const nlohmann::json& status)>& on_status,
                       std::chrono::milliseconds reply_timeout = std::chrono::seconds{10});
  /// Ends a watch() running on another thread. Thread-safe.
  void interrupt();
  /// Closes the connection (also done by the destructor).
  void close();
  /// True between a successful connect() and close() or a broken connection.
  [[nodiscard]] bool is_connected() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace unknot
