#pragma once
// The daemon: one Asio loop (GLib's D-Bus traffic runs inside it) that owns
// the engine, feeds it facts, sleeps until its next deadline and shows what
// it decides. No fixed tick: while the user types, it wakes only when the
// user could first count as idle or when a break can fall due.
#include <utility>

#include <memory>
#include <optional>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include "core/engine.hpp"
#include "service/control_protocol.hpp"
#include "service/live_config.hpp"
#include "service/options.hpp"

namespace unknot {

class BreakPresenter;
class ConfigWatcher;
class ControlServer;
class DeskWiring;
class GlibLoop;
class HistoryRecorder;
class HistoryStore;
class IdleSource;
class Notifier;
enum class BreakAnswer;

class Daemon {
 public:
  Daemon(DaemonOptions options, LiveConfig config);
  ~Daemon();
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

  /// Runs until SIGINT/SIGTERM or `unknotctl quit`; returns the exit status
  /// (0, also when another daemon already runs for this user).
  int run();

 private:
  // The loop (daemon.cpp)
  void refresh();
  void poll_input(const Now& now);
  /// Hands the engine's events to history and presenter; returns the status after them.
  Status drain(const Now& now);
  void schedule(const Now& now, const Status& status);
  void publish(const Now& now, const Status& status, bool force);
  void shutdown();
  void reload_config(bool from_watcher, Diagnostics* diagnostics = nullptr);
  void apply_retention(const Now& now);

  // Answers (daemon_commands.cpp)
  control::Reply handle(const control::Request& request);
  control::Reply handle_pause(const control::Request& request, const Now& now);
  control::Reply handle_resume(const Now& now);
  control::Reply handle_stats(const control::Request& request, const Now& now);
  control::Reply handle_reload();
  void on_answer(BreakAnswer answer);
  void end_manual_meeting_at(Duration after);

  DaemonOptions options_;
  LiveConfig config_;
  boost::asio::io_context io_;
  std::unique_ptr<GlibLoop> glib_;
  boost::asio::signal_set signals_;
  boost::asio::steady_timer wake_timer_;
  boost::asio::steady_timer manual_meeting_timer_;
  Engine engine_;
  std::unique_ptr<DeskWiring> desk_;  ///< camera, DND, fullscreen, lock, suspend
  std::unique_ptr<IdleSource> idle_;
  std::unique_ptr<Notifier> notifier_;
  std::unique_ptr<BreakPresenter> presenter_;
  std::unique_ptr<HistoryStore> history_;
  std::unique_ptr<HistoryRecorder> recorder_;
  std::unique_ptr<ControlServer> control_;
  std::unique_ptr<ConfigWatcher> watcher_;
  std::optional<SteadyTime> last_input_;
  std::optional<SteadyTime> last_totals_write_;
  nlohmann::json last_published_;
  bool manual_meeting_ = false;
  bool stopping_ = false;
};

}  // namespace unknot
