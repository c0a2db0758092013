// "session": suspend and screen lock. logind announces sleep with
// PrepareForSleep(true) and wake-up with PrepareForSleep(false), and keeps
// the session's LockedHint; screensavers (xscreensaver's bridges, GNOME,
// KDE) emit ActiveChanged on the session bus. Lock is the OR of both, so a
// desktop that reports through both does not unlock us half way.
#include <string>
#include <string_view>

#include <gio/gio.h>
#include <unistd.h>

#include "platform/desk_bus.hpp"
#include "platform/desk_signal.hpp"
#include "platform/log.hpp"

namespace unknot {
namespace {

constexpr const char* kLogind = "org.freedesktop.login1";
constexpr const char* kManagerPath = "/org/freedesktop/login1";
constexpr const char* kManager = "org.freedesktop.login1.Manager";
constexpr const char* kSession = "org.freedesktop.login1.Session";
constexpr const char* kProperties = "org.freedesktop.DBus.Properties";

class SessionSignal final : public DeskSignal {
 public:
  explicit SessionSignal(DeskEvents events) : events_(std::move(events)) {}
  ~SessionSignal() override { disconnect(); }

  [[nodiscard]] std::string_view name() const override { return "session"; }

  void start() override {
    if (cancellable_ != nullptr) return;
    cancellable_ = g_cancellable_new();
    start_logind();
    start_screensaver();
  }

  void stop() override {
    disconnect();
    logind_locked_ = screensaver_locked_ = false;
    report_lock();
  }

 private:
  // ---- logind (system bus) ----------------------------------------------
  void start_logind() {
    std::string why;
    system_ = desk::open_bus(G_BUS_TYPE_SYSTEM, why);
    if (system_ == nullptr) {
      log_warn("suspend and logind lock not followed: no system bus (" + why + ")");
      return;
    }
    sleep_id_ = g_dbus_connection_signal_subscribe(
        system_, kLogind, kManager, "PrepareForSleep", kManagerPath, nullptr,
        G_DBUS_SIGNAL_FLAGS_NONE, &SessionSignal::on_prepare_for_sleep, this, nullptr);
    // "auto": the caller's session, or else the user's graphical one, which is
    // what a daemon started by `systemd --user` (outside any session) needs.
    g_dbus_connection_call(system_, kLogind, kManagerPath, kManager, "GetSession",
                           g_variant_new("(s)", "auto"), G_VARIANT_TYPE("(o)"),
                           G_DBUS_CALL_FLAGS_NONE, -1, cancellable_, &SessionSignal::on_session,
                           this);
  }

  static void on_prepare_for_sleep(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                                   const gchar*, GVariant* parameters, gpointer data) {
    auto* self = static_cast<SessionSignal*>(data);
    gboolean going = FALSE;
    g_variant_get(parameters, "(b)", &going);
    log_debug(going ? "preparing for sleep" : "resumed from sleep");
    const auto& handler = going ? self->events_.suspending : self->events_.resumed;
    if (handler) handler();
  }

  static void on_session(GObject* bus, GAsyncResult* result, gpointer data) {
    GError* error = nullptr;
    GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(bus), result, &error);
    if (reply == nullptr) {
      if (!g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        log_info(std::string{"screen lock not followed through logind: "} + error->message);
      g_clear_error(&error);
      return;
    }
    const gchar* path = nullptr;
    g_variant_get(reply, "(&o)", &path);
    static_cast<SessionSignal*>(data)->follow_session(path);
    g_variant_unref(reply);
  }

  void follow_session(const char* path) {
    log_debug(std::string{"following the lock of logind session "} + path);
    session_id_ = g_dbus_connection_signal_subscribe(
        system_, kLogind, kProperties, "PropertiesChanged", path, kSession,
        G_DBUS_SIGNAL_FLAGS_NONE, &SessionSignal::on_session_changed, this, nullptr);
    session_path_ = path;
    fetch_locked_hint();
  }

  void fetch_locked_hint() {
    g_dbus_connection_call(system_, kLogind, session_path_.c_str(), kProperties, "Get",
                           g_variant_new("(ss)", kSession, "LockedHint"), G_VARIANT_TYPE("(v)"),
                           G_DBUS_CALL_FLAGS_NONE, -1, cancellable_, &SessionSignal::on_locked_hint,
                           this);
  }

  static void on_locked_hint(GObject* bus, GAsyncResult* result, gpointer data) {
    GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(bus), result, nullptr);
    if (reply == nullptr) return;  // cancelled (data may be gone) or no such property
    GVariant* value = nullptr;
    g_variant_get(reply, "(v)", &value);
    if (g_variant_is_of_type(value, G_VARIANT_TYPE_BOOLEAN)) {
      auto* self = static_cast<SessionSignal*>(data);
      self->logind_locked_ = g_variant_get_boolean(value) != FALSE;
      self->report_lock();
    }
    g_variant_unref(value);
    g_variant_unref(reply);
  }

  static void on_session_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                                 const gchar*, GVariant* parameters, gpointer data) {
    auto* self = static_cast<SessionSignal*>(data);
    GVariant* changed = nullptr;
    GVariant* gone = nullptr;
    g_variant_get(parameters, "(&s@a{sv}@as)", nullptr, &changed, &gone);
    if (const auto locked = desk::changed_bool(changed, "LockedHint")) {
      self->logind_locked_ = *locked;
      self->report_lock();
    } else if (desk::invalidated(gone, "LockedHint")) {
      self->fetch_locked_hint();
    }
    g_variant_unref(changed);
    g_variant_unref(gone);
  }

  // ---- screensaver (session bus) -----------------------------------------
  void start_screensaver() {
    std::string why;
    session_ = desk::open_bus(G_BUS_TYPE_SESSION, why);
    if (session_ == nullptr) {
      log_warn("screensaver lock not followed: no session bus (" + why + ")");
      return;
    }
    for (const char* interface : {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"}) {
      saver_ids_[saver_count_++] = g_dbus_connection_signal_subscribe(
          session_, nullptr, interface, "ActiveChanged", nullptr, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
          &SessionSignal::on_active_changed, this, nullptr);
    }
  }

  static void on_active_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                                const gchar*, GVariant* parameters, gpointer data) {
    if (!g_variant_is_of_type(parameters, G_VARIANT_TYPE("(b)"))) return;
    auto* self = static_cast<SessionSignal*>(data);
    gboolean active = FALSE;
    g_variant_get(parameters, "(b)", &active);
    self->screensaver_locked_ = active != FALSE;
    self->report_lock();
  }

  void report_lock() {
    const bool locked = logind_locked_ || screensaver_locked_;
    if (locked == locked_) return;
    locked_ = locked;
    log_debug(locked ? "screen locked" : "screen unlocked");
    if (events_.locked) events_.locked(locked);
  }

  void disconnect() {
    if (cancellable_ != nullptr) {
      g_cancellable_cancel(cancellable_);
      g_clear_object(&cancellable_);
    }
    for (guint* id : {&sleep_id_, &session_id_}) {
      if (*id != 0) g_dbus_connection_signal_unsubscribe(system_, *id);
      *id = 0;
    }
    for (int i = 0; i < saver_count_; ++i)
      g_dbus_connection_signal_unsubscribe(session_, saver_ids_[i]);
    saver_count_ = 0;
    desk::close_bus(system_);
    desk::close_bus(session_);
    session_path_.clear();
  }

  DeskEvents events_;
  GCancellable* cancellable_ = nullptr;
  GDBusConnection* system_ = nullptr;
  GDBusConnection* session_ = nullptr;
  std::string session_path_;
  guint sleep_id_ = 0;
  guint session_id_ = 0;
  guint saver_ids_[2] = {0, 0};
  int saver_count_ = 0;
  bool logind_locked_ = false;
  bool screensaver_locked_ = false;
  bool locked_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_session_signal(DeskEvents events) {
  return std::make_unique<SessionSignal>(std::move(events));
}

}  // namespace unknot
