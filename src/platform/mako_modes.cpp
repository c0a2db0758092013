#include "platform/mako_modes.hpp"

#include <algorithm>

#include "platform/log.hpp"

namespace unknot {
namespace {

constexpr const char* kPath = "/fr/emersion/Mako";
constexpr const char* kInterface = "fr.emersion.Mako";
constexpr const char* kModes = "Modes";

std::vector<std::string> strings_of(GVariant* array) {
  std::vector<std::string> out;
  if (array == nullptr || !g_variant_is_of_type(array, G_VARIANT_TYPE_STRING_ARRAY)) return out;
  gsize count = 0;
  const gchar** items = g_variant_get_strv(array, &count);
  for (gsize i = 0; i < count; ++i) out.emplace_back(items[i]);
  g_free(static_cast<gpointer>(items));
  return out;
}

/// A finished call's reply, or nullptr; `cancelled` tells whether the
/// MakoModes behind `data` may be gone (then it must not be touched).
GVariant* finish(GObject* bus, GAsyncResult* result, bool& cancelled) {
  GError* error = nullptr;
  GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(bus), result, &error);
  cancelled = error != nullptr && g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error(&error);
  return reply;
}

}  // namespace

bool is_dnd_mode_list(const std::vector<std::string>& modes) {
  return std::any_of(modes.begin(), modes.end(), [](const std::string& mode) {
    return g_ascii_strcasecmp(mode.c_str(), "do-not-disturb") == 0 ||
           g_ascii_strcasecmp(mode.c_str(), "dnd") == 0;
  });
}

MakoModes::MakoModes(std::chrono::milliseconds poll, std::function<void(bool)> on_change)
    : poll_(poll), on_change_(std::move(on_change)) {}

MakoModes::~MakoModes() {
  on_change_ = nullptr;  // nobody to tell while going away
  forget();
}

void MakoModes::follow(GDBusConnection* bus, const std::string& owner) {
  forget();
  bus_ = bus;
  owner_ = owner;
  cancellable_ = g_cancellable_new();
  // From the owner only, so nobody else can fake mako's modes.
  signal_id_ = g_dbus_connection_signal_subscribe(
      bus_, owner_.c_str(), "org.freedesktop.DBus.Properties", "PropertiesChanged", kPath,
      kInterface, G_DBUS_SIGNAL_FLAGS_NONE, &MakoModes::on_changed, this, nullptr);
  fetch_property();
}

void MakoModes::forget() {
  if (cancellable_ != nullptr) {
    g_cancellable_cancel(cancellable_);
    g_clear_object(&cancellable_);
  }
  if (signal_id_ != 0) g_dbus_connection_signal_unsubscribe(bus_, signal_id_);
  signal_id_ = 0;
  if (poll_id_ != 0) g_source_remove(poll_id_);
  poll_id_ = 0;
  bus_ = nullptr;
  set(false);
}

void MakoModes::fetch_property() {
  g_dbus_connection_call(bus_, owner_.c_str(), kPath, "org.freedesktop.DBus.Properties", "Get",
                         g_variant_new("(ss)", kInterface, kModes), G_VARIANT_TYPE("(v)"),
                         G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancellable_, &MakoModes::on_property,
                         this);
}

void MakoModes::fetch_list() {
  g_dbus_connection_call(bus_, owner_.c_str(), kPath, kInterface, "ListModes", nullptr,
                         G_VARIANT_TYPE("(as)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancellable_,
                         &MakoModes::on_list, this);
}

void MakoModes::on_property(GObject* bus, GAsyncResult* result, gpointer data) {
  bool cancelled = false;
  GVariant* reply = finish(bus, result, cancelled);
  if (cancelled) return;
  auto* self = static_cast<MakoModes*>(data);
  if (reply == nullptr) {
    // No Modes property: an older mako (or not mako at all, which ListModes tells).
    if (self->poll_id_ == 0) self->fetch_list();
    return;
  }
  GVariant* value = nullptr;
  g_variant_get(reply, "(v)", &value);
  self->set(is_dnd_mode_list(strings_of(value)));
  g_variant_unref(value);
  g_variant_unref(reply);
}

void MakoModes::on_list(GObject* bus, GAsyncResult* result, gpointer data) {
  bool cancelled = false;
  GVariant* reply = finish(bus, result, cancelled);
  if (cancelled || reply == nullptr) return;  // not mako: nothing to follow
  auto* self = static_cast<MakoModes*>(data);
  GVariant* modes = g_variant_get_child_value(reply, 0);
  self->set(is_dnd_mode_list(strings_of(modes)));
  g_variant_unref(modes);
  g_variant_unref(reply);
  self->start_polling();
}

void MakoModes::on_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                           const gchar*, GVariant* parameters, gpointer data) {
  auto* self = static_cast<MakoModes*>(data);
  const gchar* interface = nullptr;
  GVariant* changed = nullptr;
  GVariant* gone = nullptr;
  g_variant_get(parameters, "(&s@a{sv}@as)", &interface, &changed, &gone);
  if (GVariant* modes = g_variant_lookup_value(changed, kModes, G_VARIANT_TYPE_STRING_ARRAY)) {
    self->set(is_dnd_mode_list(strings_of(modes)));
    g_variant_unref(modes);
  } else {
    // mako sends the property as invalidated only: ask for the new value.
    self->fetch_property();
  }
  g_variant_unref(changed);
  g_variant_unref(gone);
}

void MakoModes::start_polling() {
  if (poll_id_ != 0) return;
  log_debug("do-not-disturb: this mako has no Modes property; asking for its modes every " +
            std::to_string(poll_.count() / 1000) + " s");
  poll_id_ = g_timeout_add(static_cast<guint>(poll_.count()), &MakoModes::on_poll, this);
}

gboolean MakoModes::on_poll(gpointer data) {
  static_cast<MakoModes*>(data)->fetch_list();
  return G_SOURCE_CONTINUE;
}

void MakoModes::set(bool dnd) {
  if (dnd == dnd_) return;
  dnd_ = dnd;
  if (on_change_) on_change_(dnd);
}

}  // namespace unknot
