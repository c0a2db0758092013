#pragma once
// A notifier under test on a private desktop, with a dbus-monitor watching
// what goes to the server and the callbacks' results collected.
#include <memory>
#include <string>
#include <vector>

#include <gio/gio.h>

#include "glib_pump.hpp"
#include "notify_calls.hpp"
#include "platform/log.hpp"
#include "platform/notifier.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

namespace unknot::test {

/// Holds the process's session-bus connection while a test runs: GDBus would
/// raise SIGTERM when the test bus goes away under it (exit-on-close).
class SessionBusGuard {
 public:
  SessionBusGuard() : bus_(g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, nullptr)) {
    if (bus_ != nullptr) g_dbus_connection_set_exit_on_close(bus_, FALSE);
  }
  ~SessionBusGuard() {
    if (bus_ == nullptr) return;
    pump_glib();  // let cancelled calls and unwatches finish with the connection
    g_dbus_connection_close_sync(bus_, nullptr, nullptr);
    g_object_unref(bus_);
    pump_glib();
  }
  SessionBusGuard(const SessionBusGuard&) = delete;
  SessionBusGuard& operator=(const SessionBusGuard&) = delete;

 private:
  GDBusConnection* bus_;
};

/// Everything a notifier test needs, torn down in the right order.
struct NotifierHarness {
  TempHome home;
  DesktopSession desktop;
  SessionBusGuard bus_guard;
  std::vector<std::string> warnings;
  LogSink previous_sink;
  std::unique_ptr<Notifier> notifier;
  std::vector<std::string> actions;
  std::vector<std::uint32_t> closes;

  explicit NotifierHarness(DesktopOptions options = {}) : desktop(options) {
    previous_sink = set_log_sink([this](LogLevel level, std::string_view message) {
      if (level == LogLevel::warning) warnings.emplace_back(message);
    });
  }
  ~NotifierHarness() {
    notifier.reset();
    set_log_sink(std::move(previous_sink));
  }

  /// Creates the notifier with callbacks that record what they hear.
  void make_notifier() {
    notifier = make_dbus_notifier();
    notifier->on_action([this](std::string key) { actions.push_back(std::move(key)); });
    notifier->on_closed([this](std::uint32_t reason) { closes.push_back(reason); });
  }
  /// Starts dbus-monitor on Notify calls and waits until it listens.
  void start_monitor() {
    desktop.spawn({"dbus-monitor", "--address", desktop.bus_address(),
                   "type='method_call',interface='org.freedesktop.Notifications'"},
                  "monitor.log");
    if (!wait_until(
            [&] { return desktop.read_log("monitor.log").find("NameLost") != std::string::npos; }))
      throw std::runtime_error("dbus-monitor did not start");
  }
  [[nodiscard]] std::vector<NotifyCall> calls() const {
    return notify_calls(desktop.read_log("monitor.log"));
  }
  /// dunstctl count displayed|waiting|history, or -1.
  static int dunst_count(const std::string& which) {
    const auto result = run_command({"dunstctl", "count", which});
    return result.exit_code == 0 ? std::stoi(result.output) : -1;
  }
};

/// A break prompt as the daemon would send it.
inline Notification break_prompt(const std::string& summary = "Neck side tilt") {
  Notification n;
  n.summary = summary;
  n.body = "Sit tall, shoulders down.";
  n.actions = {{"start", "Start"}, {"snooze", "Snooze"}, {"skip", "Skip"}};
  n.no_actions_hint = "unknotctl break | snooze | skip";
  return n;
}

}  // namespace unknot::test
