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
#include "protocol/control_protocol.hpp"
#include "service/live_config.hpp"
#include "service/options.hpp"

namespace unknot {

class BreakPresenter;
class ConfigWatcher;
class ControlServer;
class DeskWiring;
class StatusNotifierItem;
class UiLauncher;
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
  /// What the current or due break shows, with every exercise in full (daemon_plan.cpp).
  control::Reply handle_plan(const Now& now);
  /// Reads or changes the common settings (daemon_settings.cpp).
  control::Reply handle_settings(const control::Request& request);

  // The tray item (daemon_tray.cpp)
  /// Exports the StatusNotifierItem unless --no-tray; falls back to
  /// `unknot-ui --tray` while no StatusNotifierItem host is on the bus.
  void start_tray();
  /// Shows `status` in the tray item (icon, tooltip, menu).
  void update_tray(const Now& now, const Status& status);

  // The windows of unknot-ui (daemon_ui.cpp)
  /// Opens the break window when the break style asks for it.
  void present_in_window(const TimedEvent& event, const Settings& settings);
  /// Opens the break window now (the user chose to start a break).
  void open_break_window();
  /// Returns memory freed by a (re)load to the system, after the loop settles.
  void return_free_memory();

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
  std::unique_ptr<UiLauncher> ui_;            ///< starts and reaps unknot-ui processes
  std::unique_ptr<StatusNotifierItem> tray_;  ///< null with --no-tray
  std::optional<SteadyTime> last_input_;
  std::optional<SteadyTime> last_totals_write_;
  nlohmann::json last_published_;
  bool manual_meeting_ = false;
  bool stopping_ = false;
};

}  // namespace unknot
