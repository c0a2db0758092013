#pragma once
// A minimal freedesktop notification server inside the test process, on its
// own bus connection, for server behaviour dunst cannot be made to show (no
// buttons, markup). It answers on the default GMainContext: pump it.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <gio/gio.h>

#include "notify_calls.hpp"

namespace unknot::test {

class MiniNotificationServer {
 public:
  /// Owns org.freedesktop.Notifications on $DBUS_SESSION_BUS_ADDRESS and
  /// advertises `capabilities`. Throws when the bus refuses.
  explicit MiniNotificationServer(std::vector<std::string> capabilities)
      : capabilities_(std::move(capabilities)) {
    GError* error = nullptr;
    bus_ = g_dbus_connection_new_for_address_sync(
        g_getenv("DBUS_SESSION_BUS_ADDRESS"),
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, &error);
    if (bus_ == nullptr) fail(error);
    node_ = g_dbus_node_info_new_for_xml(kIntrospection, &error);
    if (node_ == nullptr) fail(error);
    static const GDBusInterfaceVTable vtable{
        &MiniNotificationServer::method_call, nullptr, nullptr, {}};
    registration_ =
        g_dbus_connection_register_object(bus_, "/org/freedesktop/Notifications",
                                          node_->interfaces[0], &vtable, this, nullptr, &error);
    if (registration_ == 0) fail(error);
    GVariant* reply = g_dbus_connection_call_sync(
        bus_, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
        "RequestName", g_variant_new("(su)", "org.freedesktop.Notifications", 4u),
        G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, nullptr, &error);
    if (reply == nullptr) fail(error);
    g_variant_unref(reply);
  }
  ~MiniNotificationServer() {
    g_dbus_connection_unregister_object(bus_, registration_);
    g_dbus_connection_close_sync(bus_, nullptr, nullptr);
    g_object_unref(bus_);
    g_dbus_node_info_unref(node_);
  }
  MiniNotificationServer(const MiniNotificationServer&) = delete;
  MiniNotificationServer& operator=(const MiniNotificationServer&) = delete;

  /// Every Notify received, oldest first (summary, body, actions, replaces_id).
  std::vector<NotifyCall> calls;

 private:
  static constexpr const char* kIntrospection =
      "<node><interface name='org.freedesktop.Notifications'>"
      "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
      "<method name='Notify'><arg type='s'/><arg type='u'/><arg type='s'/><arg type='s'/>"
      "<arg type='s'/><arg type='as'/><arg type='a{sv}'/><arg type='i'/>"
      "<arg type='u' direction='out'/></method>"
      "<method name='CloseNotification'><arg type='u'/></method>"
      "</interface></node>";

  [[noreturn]] static void fail(GError* error) {
    const std::string message = error ? error->message : "unknown error";
    if (error) g_error_free(error);
    throw std::runtime_error("mini notification server: " + message);
  }

  static void method_call(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                          const gchar* method, GVariant* params, GDBusMethodInvocation* invocation,
                          gpointer self) {
    auto* me = static_cast<MiniNotificationServer*>(self);
    const std::string name = method;
    if (name == "GetCapabilities") {
      GVariantBuilder caps;
      g_variant_builder_init(&caps, G_VARIANT_TYPE("as"));
      for (const auto& c : me->capabilities_) g_variant_builder_add(&caps, "s", c.c_str());
      g_dbus_method_invocation_return_value(invocation, g_variant_new("(as)", &caps));
    } else if (name == "Notify") {
      me->calls.push_back(parse(params));
      const std::uint32_t id =
          me->calls.back().replaces_id != 0 ? me->calls.back().replaces_id : ++me->last_id_;
      g_dbus_method_invocation_return_value(invocation, g_variant_new("(u)", id));
    } else {
      g_dbus_method_invocation_return_value(invocation, nullptr);
    }
  }

  static NotifyCall parse(GVariant* params) {
    NotifyCall call;
    const gchar *app = nullptr, *icon = nullptr, *summary = nullptr, *body = nullptr;
    const gchar** actions = nullptr;
    g_variant_get(params, "(&su&s&s&s^a&s@a{sv}i)", &app, &call.replaces_id, &icon, &summary, &body,
                  &actions, nullptr, &call.expire_timeout);
    call.app_name = app;
    call.icon = icon;
    call.summary = summary;
    call.body = body;
    for (const gchar** a = actions; a != nullptr && *a != nullptr; ++a)
      call.actions.emplace_back(*a);
    g_free(actions);
    return call;
  }

  std::vector<std::string> capabilities_;
  GDBusConnection* bus_ = nullptr;
  GDBusNodeInfo* node_ = nullptr;
  guint registration_ = 0;
  std::uint32_t last_id_ = 0;
};

}  // namespace unknot::test
