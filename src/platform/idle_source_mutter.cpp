// GNOME's org.gnome.Mutter.IdleMonitor, driven by its watches rather than
// polled: Mutter tells us when the user goes idle and comes back, so
// idle_time() never makes a D-Bus round trip.
#include <gio/gio.h>

#include "platform/clock.hpp"
#include "platform/desk_bus.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

using namespace std::chrono_literals;

constexpr const char* kName = "org.gnome.Mutter.IdleMonitor";
constexpr const char* kPath = "/org/gnome/Mutter/IdleMonitor/Core";
constexpr const char* kInterface = "org.gnome.Mutter.IdleMonitor";

/// The idle watch's interval. The precision given up: until it fires the
/// user reads as active, so idle time under this reads 0 and a last input can
/// read this late (as with Wayland's ext-idle-notify). Well under the
/// smallest sensible idle threshold (15 s by default); not so short that every
/// pause while reading costs two signals and a call.
constexpr Duration kDefaultWatchInterval = 5s;

/// A start-up call to a busy compositor may answer late; past this Mutter
/// counts as absent rather than stall the daemon's only thread.
constexpr int kCallTimeoutMs = 500;

/// One synchronous call at start-up; nullptr with `why` set on failure.
GVariant* call_sync(GDBusConnection* bus, const char* method, GVariant* args, const char* reply,
                    std::string& why) {
  GError* error = nullptr;
  // No auto-start: asking must never launch anything the desktop does not run.
  GVariant* result = g_dbus_connection_call_sync(
      bus, kName, kPath, kInterface, method, args, G_VARIANT_TYPE(reply),
      G_DBUS_CALL_FLAGS_NO_AUTO_START, kCallTimeoutMs, nullptr, &error);
  if (result == nullptr) {
    why = error != nullptr ? error->message : "no reply";
    g_clear_error(&error);
  }
  return result;
}

/// Idle time from Mutter's watches: an idle watch at a fixed interval
/// (Mutter fires it each time input stops that long) and a one-shot
/// user-active watch armed after each idle fire. Events are dispatched by
/// the default GLib context (the daemon's loop) as they arrive and stamped
/// then. If gnome-shell restarts, the watches are re-armed on the new owner.
class MutterIdleSource final : public IdleSource {
 public:
  MutterIdleSource(GDBusConnection* bus, Duration interval) : bus_(bus), interval_(interval) {}
  ~MutterIdleSource() override {
    g_cancellable_cancel(cancellable_);
    g_object_unref(cancellable_);
    if (signal_id_ != 0) g_dbus_connection_signal_unsubscribe(bus_, signal_id_);
    if (name_watch_ != 0) g_bus_unwatch_name(name_watch_);
    desk::close_bus(bus_);
  }
  MutterIdleSource(const MutterIdleSource&) = delete;
  MutterIdleSource& operator=(const MutterIdleSource&) = delete;

  [[nodiscard]] std::string_view name() const override { return "mutter"; }

  std::optional<Duration> idle_time() override {
    if (!present_) return std::nullopt;
    if (!idle_since_) return Duration::zero();
    return std::chrono::duration_cast<Duration>(read_clock().steady - *idle_since_);
  }

  /// Reads the idle time once and arms the idle watch; false, with `why`,
  /// when Mutter does not answer (the caller then tries the next backend).
  bool start(std::string& why) {
    GVariant* idle = call_sync(bus_, "GetIdletime", nullptr, "(t)", why);
    if (idle == nullptr) return false;
    // Subscribed before the watch exists, so its first firing cannot be missed.
    signal_id_ = g_dbus_connection_signal_subscribe(
        bus_, kName, kInterface, "WatchFired", kPath, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
        &MutterIdleSource::on_watch_fired, this, nullptr);
    GVariant* watch =
        call_sync(bus_, "AddIdleWatch",
                  g_variant_new("(t)", static_cast<guint64>(interval_.count())), "(u)", why);
    if (watch == nullptr) {
      g_variant_unref(idle);
      return false;
    }
    g_variant_get(watch, "(u)", &idle_watch_);
    g_variant_unref(watch);
    on_idletime(idle);
    g_variant_unref(idle);
    owner_ = name_owner();
    name_watch_ = g_bus_watch_name_on_connection(bus_, kName, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                 &MutterIdleSource::on_appeared,
                                                 &MutterIdleSource::on_vanished, this, nullptr);
    return true;
  }

 private:
  /// The unique name owning kName now (empty if none), to tell a restart
  /// from the first "appeared" of the name watch.
  [[nodiscard]] std::string name_owner() const {
    GVariant* reply = g_dbus_connection_call_sync(
        bus_, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
        "GetNameOwner", g_variant_new("(s)", kName), G_VARIANT_TYPE("(s)"), G_DBUS_CALL_FLAGS_NONE,
        kCallTimeoutMs, nullptr, nullptr);
    if (reply == nullptr) return {};
    const char* owner = nullptr;
    g_variant_get(reply, "(&s)", &owner);
    std::string result = owner;
    g_variant_unref(reply);
    return result;
  }

  /// A GetIdletime answer (t, ms): idle since then if past the interval.
  void on_idletime(GVariant* reply) {
    guint64 ms = 0;
    g_variant_get(reply, "(t)", &ms);
    const Duration idle{static_cast<Duration::rep>(ms)};
    if (idle < interval_) {
      idle_since_.reset();
      return;
    }
    idle_since_ = read_clock().steady - idle;
    arm_active_watch();
  }

  /// Asks to be told of the next input (Mutter drops the watch once fired).
  void arm_active_watch() {
    if (active_watch_ != 0 || active_pending_) return;
    active_pending_ = true;
    call_async("AddUserActiveWatch", nullptr, "(u)", &MutterIdleSource::on_active_armed);
  }

  void call_async(const char* method, GVariant* args, const char* reply, GAsyncReadyCallback done) {
    g_dbus_connection_call(bus_, kName, kPath, kInterface, method, args, G_VARIANT_TYPE(reply),
                           G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancellable_, done, this);
  }

  /// The reply of an async call, or nullptr (logged) when it failed; also
  /// nullptr, without touching `data`, when cancelled (the source may be gone).
  static GVariant* finish(GObject* bus, GAsyncResult* result, const char* what) {
    GError* error = nullptr;
    GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(bus), result, &error);
    if (reply == nullptr && !g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
      log_warn(std::string{"mutter idle monitor: "} + what + ": " + error->message);
    g_clear_error(&error);
    return reply;
  }

  static void on_active_armed(GObject* bus, GAsyncResult* result, gpointer data) {
    GVariant* reply = finish(bus, result, "AddUserActiveWatch");
    if (reply == nullptr) return;
    auto* self = static_cast<MutterIdleSource*>(data);
    self->active_pending_ = false;
    g_variant_get(reply, "(u)", &self->active_watch_);
    g_variant_unref(reply);
  }

  static void on_idle_armed(GObject* bus, GAsyncResult* result, gpointer data) {
    GVariant* reply = finish(bus, result, "AddIdleWatch");
    if (reply == nullptr) return;
    g_variant_get(reply, "(u)", &static_cast<MutterIdleSource*>(data)->idle_watch_);
    g_variant_unref(reply);
  }

  static void on_idletime_read(GObject* bus, GAsyncResult* result, gpointer data) {
    GVariant* reply = finish(bus, result, "GetIdletime");
    if (reply == nullptr) return;
    static_cast<MutterIdleSource*>(data)->on_idletime(reply);
    g_variant_unref(reply);
  }

  static void on_watch_fired(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                             const gchar*, GVariant* parameters, gpointer data) {
    auto* self = static_cast<MutterIdleSource*>(data);
    guint32 id = 0;
    g_variant_get(parameters, "(u)", &id);
    if (id == 0) return;
    if (id == self->idle_watch_) {
      // Keep an earlier start (known from GetIdletime) over this later one.
      if (!self->idle_since_) self->idle_since_ = read_clock().steady - self->interval_;
      self->arm_active_watch();
    } else if (id == self->active_watch_) {
      self->active_watch_ = 0;
      self->idle_since_.reset();
    }
  }

  /// A (new) gnome-shell owns the name: its watches are new, so re-arm them
  /// and re-read where the idle time stands.
  static void on_appeared(GDBusConnection*, const gchar*, const gchar* owner, gpointer data) {
    auto* self = static_cast<MutterIdleSource*>(data);
    const bool same = self->present_ && owner == self->owner_;
    self->owner_ = owner;
    self->present_ = true;
    if (same) return;
    log_info("mutter idle monitor is back: re-arming its watches");
    self->idle_watch_ = self->active_watch_ = 0;
    self->active_pending_ = false;
    self->idle_since_.reset();
    self->call_async("AddIdleWatch",
                     g_variant_new("(t)", static_cast<guint64>(self->interval_.count())), "(u)",
                     &MutterIdleSource::on_idle_armed);
    self->call_async("GetIdletime", nullptr, "(t)", &MutterIdleSource::on_idletime_read);
  }

  static void on_vanished(GDBusConnection*, const gchar*, gpointer data) {
    auto* self = static_cast<MutterIdleSource*>(data);
    if (!self->present_) return;
    log_warn("mutter idle monitor left the bus: idle time unknown until it is back");
    self->present_ = false;
    self->owner_.clear();
    // Replies still in flight belong to the old owner's watches.
    g_cancellable_cancel(self->cancellable_);
    g_object_unref(self->cancellable_);
    self->cancellable_ = g_cancellable_new();
  }

  GDBusConnection* bus_;
  Duration interval_;
  GCancellable* cancellable_ = g_cancellable_new();
  guint signal_id_ = 0;
  guint name_watch_ = 0;
  std::string owner_;
  bool present_ = true;
  guint32 idle_watch_ = 0;
  guint32 active_watch_ = 0;
  bool active_pending_ = false;
  std::optional<SteadyTime> idle_since_;
};

}  // namespace

std::unique_ptr<IdleSource> make_mutter_idle_source(Duration watch_interval, std::string& why) {
  GDBusConnection* bus = desk::open_bus(G_BUS_TYPE_SESSION, why);
  if (bus == nullptr) return nullptr;
  auto source = std::make_unique<MutterIdleSource>(bus, watch_interval);
  if (!source->start(why)) return nullptr;
  log_debug("idle time from Mutter's idle and user-active watches");
  return source;
}

std::unique_ptr<IdleSource> make_mutter_idle_source(std::string& why) {
  return make_mutter_idle_source(kDefaultWatchInterval, why);
}

}  // namespace unknot
