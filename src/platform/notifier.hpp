#pragma once
// Desktop notifications for breaks: one notification at a time, replaced in
// place, with buttons whose presses come back as callbacks.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace unknot {

/// One button on a notification: `key` comes back through on_action.
struct NotificationAction {
  std::string key;
  std::string label;
};

/// What to show; the defaults suit a break prompt.
struct Notification {
  std::string summary;
  /// Plain text; escaped when the server renders markup.
  std::string body;
  /// Buttons in display order; the key "default" is a click on the body.
  std::vector<NotificationAction> actions;
  /// Appended to the body (on a new line) when the server cannot show
  /// buttons, e.g. "Snooze: unknotctl snooze".
  std::string no_actions_hint;
  /// 0 low, 1 normal, 2 critical (critical ones stay until dismissed).
  std::uint8_t urgency = 1;
  /// The spec's vendor form for a category of its own.
  std::string category = "x-unknot.break";
  /// The .desktop file's name without the suffix, for the server's grouping.
  std::string desktop_entry = "io.github.unknot.Unknot";
  /// An icon name from the theme or an absolute file path; empty for none.
  std::string icon;
  /// -1 server default, 0 never expires, else milliseconds.
  std::int32_t expire_timeout_ms = -1;
  /// Not kept in the server's history once closed.
  bool transient = false;
};

/// Why a notification closed (the freedesktop spec's codes).
namespace close_reason {
inline constexpr std::uint32_t expired = 1;
inline constexpr std::uint32_t dismissed = 2;
inline constexpr std::uint32_t closed_by_call = 3;
inline constexpr std::uint32_t undefined = 4;
}  // namespace close_reason

/// Shows at most one notification at a time: each show() replaces the
/// current one. Callbacks run on the thread that runs the default GMainContext.
class Notifier {
 public:
  virtual ~Notifier();
  /// Shows `n` in place of the current notification, or as soon as a
  /// notification server appears. Never blocks.
  virtual void show(const Notification& n) = 0;
  /// Withdraws the current notification (on_closed is not called for it).
  virtual void close() = 0;
  /// Called with the action key when the user presses a button.
  virtual void on_action(std::function<void(std::string action_key)> callback) = 0;
  /// Called with a close_reason when the server closes our notification
  /// (the user dismissed it, it expired); the notification is then forgotten.
  virtual void on_closed(std::function<void(std::uint32_t reason)> callback) = 0;
  /// Whether a notification server is on the bus right now.
  [[nodiscard]] virtual bool available() const = 0;
  /// Whether the server shows buttons (assumed until it tells otherwise).
  [[nodiscard]] virtual bool supports_actions() const = 0;
};

/// freedesktop Notifications over GDBus on the session bus, using the default
/// GMainContext (run it with GlibLoop). Without a bus or a server it logs once
/// and keeps the notification pending until a server appears (and re-shows it
/// when a server restarts). If the session bus itself closes, GDBus raises
/// SIGTERM (exit-on-close): the daemon's signal handling ends it with the session.
std::unique_ptr<Notifier> make_dbus_notifier(std::string app_name = "Unknot");

}  // namespace unknot
