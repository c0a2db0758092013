#pragma once
// unknot-ui's line to the daemon. Requests run on a worker thread; replies
// and status pushes reach windows only on the UI thread, through CallAfter,
// and only while the window that asked still exists (a wxWeakRef guards it).
#include <utility>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <nlohmann/json.hpp>
#include <wx/event.h>
#include <wx/weakref.h>

#include "protocol/control_protocol.hpp"

namespace unknot {

class ControlClient;

class DaemonLink {
 public:
  /// The reply object (`ok`, then `result` or `error`). When the daemon cannot
  /// be reached: ok=false and error.code "not_running", "timeout" or "io".
  using ReplyHandler = std::function<void(const nlohmann::json& reply)>;
  using StatusHandler = std::function<void(const nlohmann::json& status)>;

  explicit DaemonLink(std::filesystem::path socket);
  ~DaemonLink();
  DaemonLink(const DaemonLink&) = delete;
  DaemonLink& operator=(const DaemonLink&) = delete;

  /// Sends `cmd` in the background; `on_reply` runs on the UI thread unless
  /// `owner` has been destroyed by then. Call from the UI thread.
  void request(wxEvtHandler* owner, std::string cmd, nlohmann::json args, ReplyHandler on_reply);
  /// Fire and forget (menu items, buttons): failures are logged to stderr.
  void send(std::string cmd, nlohmann::json args = nlohmann::json::object());
  /// The same for a typed request (the tray's menu items).
  void send(const control::Request& request);
  /// A blocking request: start-up only, before any window exists (the
  /// daemon-is-there check). Windows and menus use request().
  nlohmann::json request_now(std::string_view cmd,
                             const nlohmann::json& args = nlohmann::json::object(),
                             std::chrono::milliseconds timeout = std::chrono::seconds{3});
  /// Every status change reaches `on_status` on the UI thread while `owner`
  /// lives; `on_lost` runs once when the daemon goes away. Call from the UI thread.
  void watch(wxEvtHandler* owner, StatusHandler on_status, std::function<void()> on_lost = {});
  /// The socket this link talks to.
  [[nodiscard]] const std::filesystem::path& socket() const { return socket_; }

 private:
  struct Job {
    std::uint64_t id;
    std::string cmd;
    nlohmann::json args;
  };
  struct Pending {
    wxWeakRef<wxEvtHandler> owner;
    bool has_owner = false;
    ReplyHandler on_reply;
  };
  struct Watcher {
    wxWeakRef<wxEvtHandler> owner;
    StatusHandler on_status;
    std::function<void()> on_lost;
  };

  void run_worker();
  void run_watch();
  nlohmann::json exchange(ControlClient& client, const Job& job);
  void deliver_reply(std::uint64_t id, const nlohmann::json& reply);  // UI thread
  void deliver_status(const nlohmann::json& status);                  // UI thread
  void deliver_lost();                                                // UI thread

  std::filesystem::path socket_;
  // Worker queue (shared with the worker thread).
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> jobs_;
  bool stopping_ = false;
  std::thread worker_;
  // Watch thread.
  std::unique_ptr<ControlClient> watch_client_;
  std::thread watch_thread_;
  // UI thread only.
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, Pending> pending_;
  std::vector<Watcher> watchers_;
};

/// A reply object for a failure that never reached the daemon.
nlohmann::json link_failure(std::string_view code, std::string_view message);

}  // namespace unknot
