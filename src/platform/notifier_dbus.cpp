#include <utility>

#include <cstring>
#include <optional>
#include <string>

#include <gio/gio.h>

#include "platform/log.hpp"
#include "platform/notifier.hpp"

namespace unknot {

Notifier::~Notifier() = default;

namespace {

constexpr const char* kName = "org.freedesktop.Notifications";
constexpr const char* kPath = "/org/freedesktop/Notifications";
constexpr const char* kInterface = "org.freedesktop.Notifications";

/// What the current server said it can do.
struct ServerCaps {
  bool actions = true;  // assumed until GetCapabilities answers
  bool body_markup = false;
};

bool cancelled(const GError* error) {
  return error != nullptr && g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

std::string escape_markup(const std::string& text) {
  gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
  std::string out{escaped};
  g_free(escaped);
  return out;
}

std::string body_text(const Notification& n, const ServerCaps& caps) {
  std::string body = n.body;
  if (!caps.actions && !n.actions.empty() && !n.no_actions_hint.empty())
    body += (body.empty() ? "" : "\n") + n.no_actions_hint;
  return caps.body_markup ? escape_markup(body) : body;
}

GVariant* hints_variant(const Notification& n) {
  GVariantBuilder hints;
  g_variant_builder_init(&hints, G_VARIANT_TYPE("a{sv}"));
  g_variant_builder_add(&hints, "{sv}", "urgency", g_variant_new_byte(n.urgency));
  if (!n.category.empty())
    g_variant_builder_add(&hints, "{sv}", "category", g_variant_new_string(n.category.c_str()));
  if (!n.desktop_entry.empty())
    g_variant_builder_add(&hints, "{sv}", "desktop-entry",
                          g_variant_new_string(n.desktop_entry.c_str()));
  if (n.transient) g_variant_builder_add(&hints, "{sv}", "transient", g_variant_new_boolean(TRUE));
  return g_variant_builder_end(&hints);
}

/// The arguments of Notify (susssasa{sv}i), floating.
GVariant* notify_args(const std::string& app_name, std::uint32_t replaces_id, const Notification& n,
                      const ServerCaps& caps) {
  GVariantBuilder actions;
  g_variant_builder_init(&actions, G_VARIANT_TYPE("as"));
  if (caps.actions) {
    for (const auto& action : n.actions) {
      g_variant_builder_add(&actions, "s", action.key.c_str());
      g_variant_builder_add(&actions, "s", action.label.c_str());
    }
  }
  // The spec takes an icon name or a file:// URI.
  const std::string icon = n.icon.starts_with('/') ? "file://" + n.icon : n.icon;
  const std::string body = body_text(n, caps);
  return g_variant_new("(susss@as@a{sv}i)", app_name.c_str(), replaces_id, icon.c_str(),
                       n.summary.c_str(), body.c_str(), g_variant_builder_end(&actions),
                       hints_variant(n), n.expire_timeout_ms);
}

/// The notification client. Every GLib callback gets `this`; pending calls are
/// cancelled in the destructor and each callback returns at once on
/// G_IO_ERROR_CANCELLED without touching `this`.
class DbusNotifier final : public Notifier {
 public:
  explicit DbusNotifier(std::string app_name)
      : app_name_(std::move(app_name)), cancellable_(g_cancellable_new()) {
    g_bus_get(G_BUS_TYPE_SESSION, cancellable_, &DbusNotifier::bus_ready, this);
  }
  ~DbusNotifier() override;
  DbusNotifier(const DbusNotifier&) = delete;
  DbusNotifier& operator=(const DbusNotifier&) = delete;

  void show(const Notification& n) override {
    wanted_ = n;
    send();
  }
  void close() override;
  void on_action(std::function<void(std::string)> callback) override {
    on_action_ = std::move(callback);
  }
  void on_closed(std::function<void(std::uint32_t)> callback) override {
    on_closed_ = std::move(callback);
  }
  [[nodiscard]] bool available() const override { return !owner_.empty(); }
  [[nodiscard]] bool supports_actions() const override { return caps_.actions; }

 private:
  static void bus_ready(GObject* source, GAsyncResult* result, gpointer self);
  static void name_appeared(GDBusConnection* bus, const gchar* name, const gchar* owner,
                            gpointer self);
  static void name_vanished(GDBusConnection* bus, const gchar* name, gpointer self);
  static void caps_ready(GObject* source, GAsyncResult* result, gpointer self);
  static void notify_done(GObject* source, GAsyncResult* result, gpointer self);
  static void signal_received(GDBusConnection* bus, const gchar* sender, const gchar* path,
                              const gchar* interface, const gchar* member, GVariant* params,
                              gpointer self);

  void connected(GDBusConnection* bus);
  void send();
  void notify_replied(GVariant* reply, const GError* error);
  void close_on_server(std::uint32_t id);
  void handle_signal(std::string_view member, GVariant* params);

  std::string app_name_;
  GCancellable* cancellable_;
  GDBusConnection* bus_ = nullptr;
  guint watch_id_ = 0;
  guint signal_id_ = 0;
  std::string owner_;  // the server's unique name; signals from others are ignored
  ServerCaps caps_;
  bool watch_reported_ = false;         // the name watcher said whether a server is there
  bool caps_known_ = false;             // GetCapabilities answered (or failed) for this owner
  std::optional<Notification> wanted_;  // what should be on screen
  std::uint32_t id_ = 0;                // its id on the server, 0 = not shown
  bool in_flight_ = false;              // a Notify awaits its reply (and our id)
  bool resend_ = false;                 // show() came while in flight
  bool warned_ = false;                 // "no server" said once per absence
  std::function<void(std::string)> on_action_;
  std::function<void(std::uint32_t)> on_closed_;
};

DbusNotifier::~DbusNotifier() {
  g_cancellable_cancel(cancellable_);
  if (bus_ != nullptr) {
    // A prompt outliving the daemon would have buttons that do nothing.
    if (id_ != 0) {
      close_on_server(id_);
      g_dbus_connection_flush_sync(bus_, nullptr, nullptr);
    }
    if (watch_id_ != 0) g_bus_unwatch_name(watch_id_);
    if (signal_id_ != 0) g_dbus_connection_signal_unsubscribe(bus_, signal_id_);
    g_object_unref(bus_);
  }
  g_object_unref(cancellable_);
}

void DbusNotifier::bus_ready(GObject*, GAsyncResult* result, gpointer self) {
  GError* error = nullptr;
  GDBusConnection* bus = g_bus_get_finish(result, &error);
  if (cancelled(error)) {
    g_error_free(error);
    return;
  }
  if (bus == nullptr) {
    log_warn(std::string{"no D-Bus session bus, notifications disabled: "} + error->message);
    g_error_free(error);
    return;
  }
  static_cast<DbusNotifier*>(self)->connected(bus);
}

void DbusNotifier::connected(GDBusConnection* bus) {
  bus_ = bus;
  signal_id_ = g_dbus_connection_signal_subscribe(bus_, kName, kInterface, nullptr, kPath, nullptr,
                                                  G_DBUS_SIGNAL_FLAGS_NONE,
                                                  &DbusNotifier::signal_received, this, nullptr);
  watch_id_ = g_bus_watch_name_on_connection(bus_, kName, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                             &DbusNotifier::name_appeared,
                                             &DbusNotifier::name_vanished, this, nullptr);
  // A show() that came before the bus did goes out once the watcher reports.
}

void DbusNotifier::name_appeared(GDBusConnection* bus, const gchar*, const gchar* owner,
                                 gpointer self) {
  auto* me = static_cast<DbusNotifier*>(self);
  me->owner_ = owner;
  me->watch_reported_ = true;
  me->caps_known_ = false;
  me->warned_ = false;
  log_debug(std::string{"notification server appeared: "} + owner);
  g_dbus_connection_call(bus, kName, kPath, kInterface, "GetCapabilities", nullptr,
                         G_VARIANT_TYPE("(as)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                         me->cancellable_, &DbusNotifier::caps_ready, me);
}

void DbusNotifier::name_vanished(GDBusConnection*, const gchar*, gpointer self) {
  auto* me = static_cast<DbusNotifier*>(self);
  if (!me->owner_.empty()) log_debug("notification server left the bus");
  // Its ids died with it: the next server gets the pending notification anew.
  me->owner_.clear();
  me->id_ = 0;
  me->caps_ = ServerCaps{};
  me->caps_known_ = false;
  me->watch_reported_ = true;
  // Try anyway: the bus may D-Bus-activate an installed server; if not, we
  // log once and wait for name_appeared.
  if (me->wanted_ && !me->in_flight_) me->send();
}

void DbusNotifier::caps_ready(GObject* source, GAsyncResult* result, gpointer self) {
  GError* error = nullptr;
  GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), result, &error);
  if (cancelled(error)) {
    g_error_free(error);
    return;
  }
  auto* me = static_cast<DbusNotifier*>(self);
  const ServerCaps before = me->caps_;
  me->caps_known_ = true;
  if (reply != nullptr) {
    GVariant* list = g_variant_get_child_value(reply, 0);
    const gchar** caps = g_variant_get_strv(list, nullptr);
    me->caps_.actions = g_strv_contains(caps, "actions");
    me->caps_.body_markup = g_strv_contains(caps, "body-markup");
    g_free(caps);
    g_variant_unref(list);
    g_variant_unref(reply);
  } else {
    g_error_free(error);  // a server that cannot say: keep the optimistic defaults
  }
  if (!me->caps_.actions) log_info("the notification server shows no buttons");
  const bool changed =
      before.actions != me->caps_.actions || before.body_markup != me->caps_.body_markup;
  // Not yet shown to this server (and not on its way), or shown the wrong way.
  if (me->wanted_ && ((me->id_ == 0 && !me->in_flight_) || changed)) me->send();
}

void DbusNotifier::send() {
  if (bus_ == nullptr || !wanted_ || !watch_reported_) return;
  // A known server is asked what it can do first (caps_ready sends then), so a
  // server without buttons never flashes a version with them.
  if (!owner_.empty() && !caps_known_) return;
  if (in_flight_) {
    // Sending now would stack a second notification: the reply carries the id to replace.
    resend_ = true;
    return;
  }
  in_flight_ = true;
  g_dbus_connection_call(bus_, kName, kPath, kInterface, "Notify",
                         notify_args(app_name_, id_, *wanted_, caps_), G_VARIANT_TYPE("(u)"),
                         G_DBUS_CALL_FLAGS_NONE, -1, cancellable_, &DbusNotifier::notify_done,
                         this);
}

void DbusNotifier::notify_done(GObject* source, GAsyncResult* result, gpointer self) {
  GError* error = nullptr;
  GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), result, &error);
  if (cancelled(error)) {
    g_error_free(error);
    return;
  }
  static_cast<DbusNotifier*>(self)->notify_replied(reply, error);
  if (reply != nullptr) g_variant_unref(reply);
  if (error != nullptr) g_error_free(error);
}

void DbusNotifier::notify_replied(GVariant* reply, const GError* error) {
  in_flight_ = false;
  if (reply == nullptr) {
    resend_ = false;
    id_ = 0;
    if (!warned_)
      log_warn(std::string{"cannot show a notification (will retry when a notification "
                           "server appears): "} +
               error->message);
    warned_ = true;
    return;
  }
  std::uint32_t id = 0;
  g_variant_get(reply, "(u)", &id);
  if (!wanted_) {  // close() came while the call was out
    close_on_server(id);
    id_ = 0;
    return;
  }
  id_ = id;
  if (std::exchange(resend_, false)) send();
}

void DbusNotifier::close() {
  wanted_.reset();
  resend_ = false;
  if (id_ != 0) close_on_server(id_);
  id_ = 0;
}

void DbusNotifier::close_on_server(std::uint32_t id) {
  if (bus_ == nullptr) return;
  // Fire and forget: if the server already closed it, there is nothing to do.
  g_dbus_connection_call(bus_, kName, kPath, kInterface, "CloseNotification",
                         g_variant_new("(u)", id), nullptr, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                         nullptr, nullptr, nullptr);
}

void DbusNotifier::signal_received(GDBusConnection*, const gchar* sender, const gchar*,
                                   const gchar*, const gchar* member, GVariant* params,
                                   gpointer self) {
  auto* me = static_cast<DbusNotifier*>(self);
  // Any peer can send us a unicast signal: only the server's own are facts.
  if (sender == nullptr || me->owner_.empty() || me->owner_ != sender) return;
  me->handle_signal(member, params);
}

void DbusNotifier::handle_signal(std::string_view member, GVariant* params) {
  if (member == "ActionInvoked" && g_variant_is_of_type(params, G_VARIANT_TYPE("(us)"))) {
    std::uint32_t id = 0;
    const gchar* key = nullptr;
    g_variant_get(params, "(u&s)", &id, &key);
    if (id != 0 && id == id_ && on_action_) on_action_(key);
  } else if (member == "NotificationClosed" &&
             g_variant_is_of_type(params, G_VARIANT_TYPE("(uu)"))) {
    std::uint32_t id = 0, reason = 0;
    g_variant_get(params, "(uu)", &id, &reason);
    if (id == 0 || id != id_) return;
    id_ = 0;
    wanted_.reset();
    if (on_closed_) on_closed_(reason);
  }
}

}  // namespace

std::unique_ptr<Notifier> make_dbus_notifier(std::string app_name) {
  return std::make_unique<DbusNotifier>(std::move(app_name));
}

}  // namespace unknot
