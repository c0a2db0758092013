#include "ui/daemon_link.hpp"

#include <cstdio>

#include <wx/app.h>

#include "client/control_client.hpp"

namespace unknot {

namespace {

std::string_view kind_code(ControlClientError::Kind kind) {
  switch (kind) {
    case ControlClientError::Kind::not_running:
      return "not_running";
    case ControlClientError::Kind::timeout:
      return "timeout";
    case ControlClientError::Kind::io:
    case ControlClientError::Kind::protocol:
      return "io";
  }
  return "io";
}

// Runs `fn` on the UI thread. The app outlives every link (it owns them), and
// events queued after the app is gone are never run.
template <typename Fn>
void on_ui_thread(Fn&& fn) {
  if (wxTheApp != nullptr) wxTheApp->CallAfter(std::forward<Fn>(fn));
}

}  // namespace

nlohmann::json link_failure(std::string_view code, std::string_view message) {
  return {{"ok", false}, {"error", {{"code", code}, {"message", message}}}};
}

DaemonLink::DaemonLink(std::filesystem::path socket)
    : socket_(std::move(socket)), worker_([this] { run_worker(); }) {}

DaemonLink::~DaemonLink() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    if (watch_client_) watch_client_->interrupt();
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
  if (watch_thread_.joinable()) watch_thread_.join();
}

void DaemonLink::request(wxEvtHandler* owner, std::string cmd, nlohmann::json args,
                         ReplyHandler on_reply) {
  const std::uint64_t id = next_id_++;
  Pending pending;
  pending.owner = owner;
  pending.has_owner = owner != nullptr;
  pending.on_reply = std::move(on_reply);
  pending_.emplace(id, std::move(pending));
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back(Job{id, std::move(cmd), std::move(args)});
  }
  wake_.notify_one();
}

void DaemonLink::send(std::string cmd, nlohmann::json args) {
  const std::string name = cmd;
  request(nullptr, std::move(cmd), std::move(args), [name](const nlohmann::json& reply) {
    if (reply.value("ok", false)) return;
    const auto& error = reply.contains("error") ? reply["error"] : nlohmann::json::object();
    std::fprintf(stderr, "unknot-ui: %s: %s\n", name.c_str(),
                 error.value("message", std::string("failed")).c_str());
  });
}

void DaemonLink::send(const control::Request& request) {
  const nlohmann::json wire = request;
  send(std::string(control::to_string(request.command)), wire["args"]);
}

nlohmann::json DaemonLink::request_now(std::string_view cmd, const nlohmann::json& args,
                                       std::chrono::milliseconds timeout) {
  try {
    ControlClient client;
    client.connect(socket_, timeout);
    return client.request(cmd, args, timeout);
  } catch (const ControlClientError& e) {
    return link_failure(kind_code(e.kind()), e.what());
  }
}

nlohmann::json DaemonLink::exchange(ControlClient& client, const Job& job) {
  // The daemon closes sessions that stay quiet for a while: a request on a
  // connection it has closed is retried once on a fresh one.
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      if (!client.is_connected()) client.connect(socket_);
      return client.request(job.cmd, job.args);
    } catch (const ControlClientError& e) {
      client.close();
      if (e.kind() != ControlClientError::Kind::io || attempt == 1)
        return link_failure(kind_code(e.kind()), e.what());
    }
  }
  return link_failure("io", "connection lost");
}

void DaemonLink::run_worker() {
  ControlClient client;
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (stopping_) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    nlohmann::json reply = exchange(client, job);
    on_ui_thread([this, id = job.id, reply = std::move(reply)] { deliver_reply(id, reply); });
  }
}

void DaemonLink::deliver_reply(std::uint64_t id, const nlohmann::json& reply) {
  const auto it = pending_.find(id);
  if (it == pending_.end()) return;
  Pending pending = std::move(it->second);
  pending_.erase(it);
  // The window that asked may have closed while the daemon answered.
  if (pending.has_owner && !pending.owner) return;
  if (pending.on_reply) pending.on_reply(reply);
}

void DaemonLink::watch(wxEvtHandler* owner, StatusHandler on_status,
                       std::function<void()> on_lost) {
  watchers_.push_back(Watcher{owner, std::move(on_status), std::move(on_lost)});
  if (watch_thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    watch_client_ = std::make_unique<ControlClient>();
  }
  watch_thread_ = std::thread([this] { run_watch(); });
}

void DaemonLink::run_watch() {
  try {
    watch_client_->connect(socket_);
    watch_client_->watch([this](const nlohmann::json& status) {
      on_ui_thread([this, status] { deliver_status(status); });
      return true;
    });
  } catch (const ControlClientError&) {
    // Reported below as the daemon going away.
  }
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
  }
  on_ui_thread([this] { deliver_lost(); });
}

void DaemonLink::deliver_status(const nlohmann::json& status) {
  // A handler may add watchers or close windows: iterate over a copy.
  const std::vector<Watcher> watchers = watchers_;
  for (const auto& w : watchers)
    if (w.owner && w.on_status) w.on_status(status);
}

void DaemonLink::deliver_lost() {
  const std::vector<Watcher> watchers = watchers_;
  watchers_.clear();
  for (const auto& w : watchers)
    if (w.owner && w.on_lost) w.on_lost();
}

}  // namespace unknot
