// "dnd": the user paused notifications (dunst's `paused`, KDE's `Inhibited`,
// GNOME's `show-banners` off, mako's do-not-disturb mode), which people do
// for presentations and calls. The first two are properties of the
// notification server's object; we read them when a server appears and then
// follow PropertiesChanged. GNOME keeps its switch in GSettings, whose
// `changed` signal we follow. mako is followed by MakoModes: by signal, or
// for mako before 1.10 (no Modes property) by asking every 30 s -- the only
// polling here, and only while such a mako is the server.
#include <optional>
#include <string>
#include <string_view>

#include <gio/gio.h>

#include "platform/desk_bus.hpp"
#include "platform/desk_signal.hpp"
#include "platform/log.hpp"
#include "platform/mako_modes.hpp"

namespace unknot {
namespace {

constexpr const char* kName = "org.freedesktop.Notifications";
constexpr const char* kPath = "/org/freedesktop/Notifications";
constexpr const char* kDunst = "org.dunstproject.cmd0";
constexpr const char* kDunstPaused = "paused";
constexpr const char* kKde = "org.freedesktop.Notifications";
constexpr const char* kKdeInhibited = "Inhibited";
constexpr const char* kGnomeSchema = "org.gnome.desktop.notifications";
constexpr const char* kGnomeBanners = "show-banners";

class DndSignal final : public DeskSignal {
 public:
  DndSignal(DeskEvents events, const DndOptions& options)
      : events_(std::move(events)), mako_(options.mako_poll, [this](bool on) {
          mako_dnd_ = on;
          report();
        }) {}
  ~DndSignal() override {
    closing_ = true;
    disconnect();
  }

  [[nodiscard]] std::string_view name() const override { return "dnd"; }

  void start() override {
    // Once only: a missing bus or display is reported once, not at every call.
    if (started_) return;
    started_ = true;
    // GNOME's switch lives in GSettings, not on the bus: followed even without one.
    watch_gnome();
    report();
    std::string why;
    bus_ = desk::open_bus(G_BUS_TYPE_SESSION, why);
    if (bus_ == nullptr) {
      log_warn("do-not-disturb not followed: no session bus (" + why + ")");
      return;
    }
    cancellable_ = g_cancellable_new();
    watch_id_ = g_bus_watch_name_on_connection(bus_, kName, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                               &DndSignal::on_appeared, &DndSignal::on_vanished,
                                               this, nullptr);
  }

  void stop() override {
    started_ = false;
    disconnect();
    paused_ = inhibited_ = banners_off_ = mako_dnd_ = false;
    report();
  }

 private:
  /// Follows `show-banners` when GNOME's schema is installed. The schema is
  /// looked up first: g_settings_new() on a missing schema aborts the process.
  void watch_gnome() {
    // Only in a GNOME session: elsewhere a switch once flipped in GNOME would
    // hold breaks for no reason, and GSettings (the dconf module, the schema
    // cache) would cost the daemon about 0.3 MB of memory for nothing.
    if (!gnome_session()) return;
    GSettingsSchemaSource* source = g_settings_schema_source_get_default();
    GSettingsSchema* schema =
        source != nullptr ? g_settings_schema_source_lookup(source, kGnomeSchema, TRUE) : nullptr;
    if (schema == nullptr) return;  // not a GNOME system: nothing to follow
    if (g_settings_schema_has_key(schema, kGnomeBanners)) {
      GSettingsSchemaKey* key = g_settings_schema_get_key(schema, kGnomeBanners);
      const bool boolean =
          g_variant_type_equal(g_settings_schema_key_get_value_type(key), G_VARIANT_TYPE_BOOLEAN);
      g_settings_schema_key_unref(key);
      if (boolean) {
        gnome_ = g_settings_new_full(schema, nullptr, nullptr);
        // Connected before the first read: GSettings only reports keys read
        // while a handler listens.
        gnome_handler_ = g_signal_connect(gnome_, "changed::show-banners",
                                          G_CALLBACK(&DndSignal::on_banners_changed), this);
        banners_off_ = g_settings_get_boolean(gnome_, kGnomeBanners) == FALSE;
        log_debug("do-not-disturb: following GNOME's show-banners");
      }
    }
    g_settings_schema_unref(schema);
  }

  /// XDG_CURRENT_DESKTOP names GNOME ("GNOME", "ubuntu:GNOME", "GNOME-Flashback:GNOME").
  static bool gnome_session() {
    const char* desktops = g_getenv("XDG_CURRENT_DESKTOP");
    if (desktops == nullptr) return false;
    gchar** names = g_strsplit(desktops, ":", -1);
    bool gnome = false;
    for (gchar** name = names; *name != nullptr && !gnome; ++name)
      gnome = g_ascii_strcasecmp(*name, "GNOME") == 0;
    g_strfreev(names);
    return gnome;
  }

  static void on_banners_changed(GSettings* settings, const gchar* key, gpointer data) {
    auto* self = static_cast<DndSignal*>(data);
    self->banners_off_ = g_settings_get_boolean(settings, key) == FALSE;
    self->report();
  }

  static void on_appeared(GDBusConnection* bus, const gchar*, const gchar* owner, gpointer data) {
    auto* self = static_cast<DndSignal*>(data);
    self->unsubscribe();
    // Match the owner's unique name: a signal from anyone else is not the server's.
    self->signal_id_ = g_dbus_connection_signal_subscribe(
        bus, owner, "org.freedesktop.DBus.Properties", "PropertiesChanged", kPath, nullptr,
        G_DBUS_SIGNAL_FLAGS_NONE, &DndSignal::on_properties_changed, self, nullptr);
    self->fetch(kDunst, kDunstPaused);
    self->fetch(kKde, kKdeInhibited);
    self->mako_.follow(bus, owner);
  }

  static void on_vanished(GDBusConnection*, const gchar*, gpointer data) {
    auto* self = static_cast<DndSignal*>(data);
    self->unsubscribe();
    // No server, nothing paused: a crashed dunst must not hold breaks forever.
    self->paused_ = self->inhibited_ = false;
    self->mako_.forget();
    self->report();
  }

  static void on_properties_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                                    const gchar*, GVariant* parameters, gpointer data) {
    auto* self = static_cast<DndSignal*>(data);
    const gchar* interface = nullptr;
    GVariant* changed = nullptr;
    GVariant* gone = nullptr;
    g_variant_get(parameters, "(&s@a{sv}@as)", &interface, &changed, &gone);
    const std::string iface{interface};
    if (iface == kDunst) self->update(kDunst, kDunstPaused, changed, gone);
    if (iface == kKde) self->update(kKde, kKdeInhibited, changed, gone);
    g_variant_unref(changed);
    g_variant_unref(gone);
  }

  void update(const char* interface, const char* property, GVariant* changed, GVariant* gone) {
    if (const auto value = desk::changed_bool(changed, property)) {
      set(property, *value);
    } else if (desk::invalidated(gone, property)) {
      fetch(interface, property);
    }
  }

  /// Reads a property once; a server without it (dunst has no Inhibited) just errs.
  void fetch(const char* interface, const char* property) {
    g_dbus_connection_call(bus_, kName, kPath, "org.freedesktop.DBus.Properties", "Get",
                           g_variant_new("(ss)", interface, property), G_VARIANT_TYPE("(v)"),
                           G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancellable_,
                           std::string_view{property} == kDunstPaused ? &DndSignal::on_paused
                                                                      : &DndSignal::on_inhibited,
                           this);
  }

  static void on_paused(GObject* bus, GAsyncResult* result, gpointer data) {
    on_fetched(bus, result, data, kDunstPaused);
  }
  static void on_inhibited(GObject* bus, GAsyncResult* result, gpointer data) {
    on_fetched(bus, result, data, kKdeInhibited);
  }

  static void on_fetched(GObject* bus, GAsyncResult* result, gpointer data, const char* property) {
    GError* error = nullptr;
    GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(bus), result, &error);
    if (reply == nullptr) {
      // Cancelled: `data` may be gone. Otherwise the server lacks the property.
      g_clear_error(&error);
      return;
    }
    GVariant* value = nullptr;
    g_variant_get(reply, "(v)", &value);
    if (g_variant_is_of_type(value, G_VARIANT_TYPE_BOOLEAN))
      static_cast<DndSignal*>(data)->set(property, g_variant_get_boolean(value) != FALSE);
    g_variant_unref(value);
    g_variant_unref(reply);
  }

  void set(const char* property, bool value) {
    (std::string_view{property} == kDunstPaused ? paused_ : inhibited_) = value;
    report();
  }

  void report() {
    if (closing_) return;
    const bool active = paused_ || inhibited_ || banners_off_ || mako_dnd_;
    if (active == active_) return;
    active_ = active;
    log_debug(active ? "notifications paused: meeting" : "notifications resumed");
    if (events_.meeting) events_.meeting("dnd", active);
  }

  void unsubscribe() {
    if (signal_id_ != 0) g_dbus_connection_signal_unsubscribe(bus_, signal_id_);
    signal_id_ = 0;
  }

  void disconnect() {
    if (gnome_ != nullptr) {
      g_signal_handler_disconnect(gnome_, gnome_handler_);
      g_clear_object(&gnome_);
    }
    gnome_handler_ = 0;
    if (cancellable_ != nullptr) {
      g_cancellable_cancel(cancellable_);
      g_clear_object(&cancellable_);
    }
    unsubscribe();
    mako_.forget();
    if (watch_id_ != 0) g_bus_unwatch_name(watch_id_);
    watch_id_ = 0;
    desk::close_bus(bus_);
  }

  DeskEvents events_;
  bool started_ = false;
  GDBusConnection* bus_ = nullptr;
  GCancellable* cancellable_ = nullptr;
  guint watch_id_ = 0;
  guint signal_id_ = 0;
  bool paused_ = false;
  bool inhibited_ = false;
  GSettings* gnome_ = nullptr;
  gulong gnome_handler_ = 0;
  bool banners_off_ = false;  ///< GNOME's notifications banners switched off
  MakoModes mako_;
  bool mako_dnd_ = false;  ///< mako is in a do-not-disturb mode
  bool closing_ = false;   ///< in the destructor: tell nobody
  bool active_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_dnd_signal(DeskEvents events, DndOptions options) {
  return std::make_unique<DndSignal>(std::move(events), options);
}

}  // namespace unknot
