#include "service/daemon_parts.hpp"

#include <cstdlib>
#include <system_error>

#include "history/history_store.hpp"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/notifier.hpp"
#include "platform/paths.hpp"
#include "platform/shell_runner.hpp"
#include "platform/tray_chooser.hpp"
#include "service/glib_loop.hpp"
#include "service/options.hpp"
#include "service/ui_launcher.hpp"

namespace unknot {

namespace {

// Pictures ship beside the icons; a routine naming a missing one still shows.
std::string resolve_exercise_image(std::string_view image) {
  std::error_code ec;
  const auto path = icons_dir() / "exercises" / std::filesystem::path(image);
  if (!std::filesystem::is_regular_file(path, ec)) return {};
  return std::filesystem::absolute(path, ec).lexically_normal().string();
}

/// A hook still running after this is killed. UNKNOT_HOOK_TIME_LIMIT_S
/// (whole seconds) shortens it for the end-to-end tests only; it is not a
/// setting users are meant to rely on.
Duration hook_time_limit() {
  using namespace std::chrono_literals;
  if (const char* env = std::getenv("UNKNOT_HOOK_TIME_LIMIT_S"); env && *env) {
    char* end = nullptr;
    const long seconds = std::strtol(env, &end, 10);
    if (*end == '\0' && seconds > 0) return std::chrono::seconds(seconds);
  }
  return 30s;
}

}  // namespace

DaemonParts::DaemonParts() = default;
DaemonParts::~DaemonParts() = default;
DaemonParts::DaemonParts(DaemonParts&&) noexcept = default;
DaemonParts& DaemonParts::operator=(DaemonParts&&) noexcept = default;

DaemonParts desktop_parts(const DaemonOptions& options) {
  DaemonParts parts;
  parts.clock = read_clock;
  parts.idle = make_idle_source();
  parts.notifier = make_dbus_notifier();
  parts.reminder_notifier = make_dbus_notifier();
  parts.history = std::make_unique<HistoryStore>(state_dir() / "history.sqlite3");
  parts.socket_path = control_socket_path();
  parts.notification_icon =
      (icons_dir() / "hicolor/scalable/apps/io.github.unknot.Unknot.svg").string();
  parts.resolve_image = resolve_exercise_image;
  parts.make_ui = [](boost::asio::io_context& io) -> std::unique_ptr<UiWindows> {
    return std::make_unique<UiLauncher>(io, ui_program_path());
  };
  if (!options.no_tray) {
    parts.make_tray = [](boost::asio::io_context& io,
                         TrayItemCallbacks callbacks) -> std::unique_ptr<TrayItem> {
      return std::make_unique<TrayChooser>(io, icons_dir().string(), std::move(callbacks));
    };
  }
  parts.make_desk_signals = make_desk_signals;
  parts.make_watcher = [](boost::asio::io_context& io, std::vector<std::filesystem::path> paths,
                          std::function<void()> on_change) {
    return make_file_watcher(io, std::move(paths), std::move(on_change));
  };
  parts.make_hooks = [](boost::asio::io_context& io) {
    return make_shell_runner(io, hook_time_limit());
  };
  parts.make_glib = [](boost::asio::io_context& io) { return std::make_unique<GlibLoop>(io); };
  return parts;
}

}  // namespace unknot
