#pragma once
// What the daemon talks to besides its own loop, handed in whole: the clock,
// the idle source, notifications, the history, unknot-ui's windows, the tray
// item, the desk signals, the file watcher and the GLib bridge. main() gets
// the real ones from desktop_parts(); the daemon's tests build them from the
// fakes in tests/support (tests/support/daemon_harness.hpp).
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "core/time.hpp"
#include "platform/desk_signal.hpp"
#include "platform/file_watcher.hpp"
#include "platform/tray_item.hpp"
#include "service/plan_builder.hpp"
#include "service/ui_windows.hpp"

namespace unknot {

class GlibLoop;
class HistoryStore;
class IdleSource;
class Notifier;
class ShellRunner;
struct DaemonOptions;

/// Builds the desk signals `meetings` enables (make_desk_signals()).
using DeskSignalFactory = std::function<std::vector<std::unique_ptr<DeskSignal>>(
    const MeetingSettings& meetings, const DeskEvents& events)>;

struct DaemonParts {
  DaemonParts();
  ~DaemonParts();
  DaemonParts(DaemonParts&&) noexcept;
  DaemonParts& operator=(DaemonParts&&) noexcept;

  /// Every reading of the clocks (read_clock(); a simulated clock in tests).
  std::function<Now()> clock;
  std::unique_ptr<IdleSource> idle;
  std::unique_ptr<Notifier> notifier;
  /// The [[reminder]] notifications, beside the break's; null: not shown (tests).
  std::unique_ptr<Notifier> reminder_notifier;
  std::unique_ptr<HistoryStore> history;
  /// The control socket (control_socket_path()).
  std::filesystem::path socket_path;
  /// The icon on break notifications (a theme name or a file).
  std::string notification_icon;
  /// Where the plan's exercise pictures are (icons/exercises/).
  ImageResolver resolve_image;
  /// unknot-ui's windows; they need the loop to reap their processes.
  std::function<std::unique_ptr<UiWindows>(boost::asio::io_context& io)> make_ui;
  /// The tray item (it may wait in the loop); empty: none (--no-tray). May
  /// throw std::runtime_error: then unknot-ui's own tray stands in.
  std::function<std::unique_ptr<TrayItem>(boost::asio::io_context& io, TrayItemCallbacks callbacks)>
      make_tray;
  /// The desk signals for the meeting settings.
  DeskSignalFactory make_desk_signals;
  /// Watches the config files (make_file_watcher()); empty: no hot reload.
  std::function<std::unique_ptr<FileWatcher>(boost::asio::io_context& io,
                                             std::vector<std::filesystem::path> paths,
                                             std::function<void()> on_change)>
      make_watcher;
  /// Runs the [hooks] commands (make_shell_runner()); empty: hooks are not run.
  std::function<std::unique_ptr<ShellRunner>(boost::asio::io_context& io)> make_hooks;
  /// Runs GLib's D-Bus traffic inside the loop; empty: no GLib (tests).
  std::function<std::unique_ptr<GlibLoop>(boost::asio::io_context& io)> make_glib;
};

/// The real desktop: read_clock(), the best idle source, D-Bus notifications,
/// the history in $XDG_STATE_HOME, unknot-ui, the TrayChooser (the
/// StatusNotifierItem or the XEmbed icon; unless --no-tray), the desk signals, inotify and the GLib
/// bridge.
DaemonParts desktop_parts(const DaemonOptions& options);

}  // namespace unknot
