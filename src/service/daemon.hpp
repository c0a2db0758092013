#pragma once
// The daemon: one Asio loop (GLib's D-Bus traffic runs inside it) that owns
// the engine, feeds it facts, sleeps until its next deadline and shows what
// it decides. No fixed tick: while the user types, it wakes only when the
// user could first count as idle or when a break can fall due. Everything it
// talks to comes in as DaemonParts, so tests drive it on a simulated clock.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <array>
#include <memory>
#include <optional>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include "core/engine.hpp"
#include "core/reminders.hpp"
#include "protocol/control_protocol.hpp"
#include "protocol/status_reply.hpp"
#include "service/control_handler.hpp"
#include "service/daemon_parts.hpp"
#include "service/hook_events.hpp"
#include "service/live_config.hpp"
#include "service/options.hpp"

namespace unknot {

class BreakPresenter;
class ControlServer;
class DeskWiring;
class HistoryRecorder;
class ManualMeeting;
class ReminderPresenter;
class ShellRunner;
enum class BreakAnswer;

class Daemon {
 public:
  Daemon(DaemonOptions options, LiveConfig config, DaemonParts parts);
  ~Daemon();
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

  /// start(), then runs until SIGINT/SIGTERM or `unknotctl quit`; returns
  /// the exit status (0, also when another daemon already runs for this user).
  int run();
  /// Takes the control socket, starts watching the config, the desk signals
  /// and the tray, and wakes for the first time. False (and nothing started)
  /// when another daemon answers on the socket.
  bool start();

  /// Answers one control request through the command table (the socket's
  /// handler, the tray's menu). `respond` runs once: at once for most
  /// commands, on a later turn of the loop for `stats` and `plan`.
  void handle(const control::Request& request, Responder respond);
  /// Looks at the clocks and the idle source and acts on what changed: what
  /// each wake of the loop does (tests call it after moving the clock).
  void refresh();
  /// The loop the daemon runs on (tests run posted answers with poll()).
  boost::asio::io_context& io() { return io_; }
  /// True once shutdown began (`quit`, a signal).
  [[nodiscard]] bool stopping() const { return stopping_; }

 private:
  /// One row of the command table: the wire command and who answers it.
  struct CommandRow {
    control::Command command;
    void (Daemon::*answer)(const control::Request& request, const Now& now, Responder& respond);
  };
  static const std::array<CommandRow, 15>& command_table();

  // The loop (daemon.cpp)
  /// Advances the engine to now, does `act`, then acts on and publishes
  /// every event and sleeps until the next deadline: the daemon's one step.
  void step(const std::function<void(const Now& now)>& act);
  void poll_input(const Now& now);
  /// Hands the engine's events to history and presenter; returns the status after them.
  Status drain(const Now& now);
  void schedule(const Now& now, const Status& status);
  /// Starts the [hooks] command `event` calls for, if any; never waits for it.
  void run_hook(const TimedEvent& event, const Status& status, const Settings& settings);
  void publish(const Now& now, const Status& status, bool force);
  /// The status object, `paused_until` in the UTC offset of that instant
  /// (a pause may end after a DST change; clients read the offset from it).
  [[nodiscard]] StatusReply status_reply(const Now& now, const Status& status) const;
  void shutdown();
  /// Re-reads the config and routines, applies them and logs the outcome.
  LiveConfig::ReloadResult reload_config(bool from_watcher);
  void apply_retention(const Now& now);
  /// Returns memory freed by a (re)load to the system, after the loop settles.
  void return_free_memory();

  // Answers (daemon_commands.cpp, daemon_answers.cpp)
  void answer_status(const control::Request& request, const Now& now, Responder& respond);
  void answer_pause(const control::Request& request, const Now& now, Responder& respond);
  void answer_resume(const control::Request& request, const Now& now, Responder& respond);
  void answer_break(const control::Request& request, const Now& now, Responder& respond);
  void answer_snooze(const control::Request& request, const Now& now, Responder& respond);
  void answer_skip(const control::Request& request, const Now& now, Responder& respond);
  void answer_done(const control::Request& request, const Now& now, Responder& respond);
  /// Answers a break outcome (done, skip) once the history has committed it.
  void answer_once_recorded(const CommandResult& result, const Now& now, Responder& respond);
  void answer_meeting(const control::Request& request, const Now& now, Responder& respond);
  void answer_reload(const control::Request& request, const Now& now, Responder& respond);
  void answer_quit(const control::Request& request, const Now& now, Responder& respond);
  /// Per-day figures, once the history writer has committed what came before.
  void answer_stats(const control::Request& request, const Now& now, Responder& respond);
  /// What the current or due break shows, with every exercise in full.
  void answer_plan(const control::Request& request, const Now& now, Responder& respond);
  /// Reads or changes the common settings (daemon_settings.cpp).
  void answer_settings(const control::Request& request, const Now& now, Responder& respond);
  void on_answer(BreakAnswer answer);

  // The [[reminder]]s (daemon_reminders.cpp)
  /// Builds the presenter and takes the configured reminders.
  void start_reminders();
  /// The engine's status with the reminders filled in.
  [[nodiscard]] Status current_status(const Now& now) const;
  /// Advances the reminders on the engine's facts and shows their events;
  /// true when there were any.
  bool advance_reminders(const Now& now, const Status& engine_status);
  /// `unknotctl remind ID done|snooze`.
  void answer_remind(const control::Request& request, const Now& now, Responder& respond);
  /// A button of a reminder's notification.
  void on_reminder_answer(const std::string& id, ReminderOutcome outcome);

  // The tray item (daemon_tray.cpp)
  /// Starts the tray item, if there is one; falls back to `unknot-ui --tray`
  /// while the item says nobody can show the icon (no StatusNotifierItem
  /// host, no X11 tray). The XEmbed icon's menu opens in `unknot-ui menu`.
  void start_tray();
  /// Shows `status` in the tray item (icon, tooltip, menu).
  void update_tray(const Now& now, const Status& status);
  /// Opens the window, folder or break a local menu item stands for.
  void run_local_action(const TrayAction& action);

  // The windows of unknot-ui (daemon_ui.cpp)
  /// Opens the break window when the break style asks for it.
  void present_in_window(const TimedEvent& event, const Settings& settings);
  /// Opens the break window now (the user chose to start a break).
  void open_break_window();

  DaemonOptions options_;
  LiveConfig config_;
  DaemonParts parts_;
  boost::asio::io_context io_;
  std::unique_ptr<GlibLoop> glib_;  ///< null without GLib (tests)
  std::optional<boost::asio::signal_set> signals_;
  boost::asio::steady_timer wake_timer_;
  Engine engine_;
  std::unique_ptr<UiWindows> ui_;
  std::unique_ptr<BreakPresenter> presenter_;
  std::unique_ptr<HistoryRecorder> recorder_;
  std::unique_ptr<ManualMeeting> manual_meeting_;
  std::unique_ptr<ControlServer> control_;
  std::unique_ptr<FileWatcher> watcher_;
  std::unique_ptr<DeskWiring> desk_;    ///< camera, DND, fullscreen, lock, suspend
  std::unique_ptr<TrayItem> tray_;      ///< null with --no-tray
  std::unique_ptr<ShellRunner> hooks_;  ///< null: hooks are not run (tests)
  HookEvents hook_events_;
  Reminders reminders_;
  std::unique_ptr<ReminderPresenter> reminder_presenter_;  ///< null without a reminder notifier
  std::optional<SteadyTime> last_input_;
  std::optional<SteadyTime> last_totals_write_;
  nlohmann::json last_published_;
  bool stopping_ = false;
};

}  // namespace unknot
