#pragma once
// mako's D-Bus side as the dnd signal meets it, in the test process (mako
// itself needs a Wayland compositor with layer-shell): it owns
// org.freedesktop.Notifications and serves fr.emersion.Mako at
// /fr/emersion/Mako with ListModes and SetModes, as makoctl calls them. With
// `modes_property` it also has mako 1.10's `Modes` property, announced as
// invalidated on every change; without it, it is Debian 12's mako 1.7.
// It answers on the default GMainContext: pump it.
#include <stdexcept>
#include <string>
#include <vector>

#include <gio/gio.h>

namespace unknot::test {

class FakeMako {
 public:
  explicit FakeMako(bool modes_property) : modes_property_(modes_property) {
    GError* error = nullptr;
    bus_ = g_dbus_connection_new_for_address_sync(
        g_getenv("DBUS_SESSION_BUS_ADDRESS"),
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, &error);
    if (bus_ == nullptr) fail(error);
    node_ = g_dbus_node_info_new_for_xml(modes_property ? kWithProperty : kWithout, &error);
    if (node_ == nullptr) fail(error);
    static const GDBusInterfaceVTable vtable{&FakeMako::method_call, &FakeMako::get_property,
                                             nullptr, {}};
    registration_ = g_dbus_connection_register_object(bus_, "/fr/emersion/Mako",
                                                      node_->interfaces[0], &vtable, this,
                                                      nullptr, &error);
    if (registration_ == 0) fail(error);
    GVariant* reply = g_dbus_connection_call_sync(
        bus_, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
        "RequestName", g_variant_new("(su)", "org.freedesktop.Notifications", 4u),
        G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, nullptr, &error);
    if (reply == nullptr) fail(error);
    g_variant_unref(reply);
  }
  ~FakeMako() {
    g_dbus_connection_unregister_object(bus_, registration_);
    g_dbus_connection_close_sync(bus_, nullptr, nullptr);
    g_object_unref(bus_);
    g_dbus_node_info_unref(node_);
  }
  FakeMako(const FakeMako&) = delete;
  FakeMako& operator=(const FakeMako&) = delete;

  /// What `makoctl mode -s MODES...` does.
  void set_modes(std::vector<std::string> modes) {
    modes_ = std::move(modes);
    if (!modes_property_) return;
    const gchar* invalidated[] = {"Modes", nullptr};
    g_dbus_connection_emit_signal(
        bus_, nullptr, "/fr/emersion/Mako", "org.freedesktop.DBus.Properties",
        "PropertiesChanged",
        g_variant_new("(sa{sv}^as)", "fr.emersion.Mako", nullptr, invalidated), nullptr);
    g_dbus_connection_flush_sync(bus_, nullptr, nullptr);
  }
  /// How many times ListModes was called (an old mako is asked by polling).
  [[nodiscard]] int list_calls() const { return list_calls_; }

 private:
  static constexpr const char* kWithout =
      "<node><interface name='fr.emersion.Mako'>"
      "<method name='ListModes'><arg type='as' direction='out'/></method>"
      "<method name='SetModes'><arg type='as' direction='in'/></method>"
      "</interface></node>";
  static constexpr const char* kWithProperty =
      "<node><interface name='fr.emersion.Mako'>"
      "<method name='ListModes'><arg type='as' direction='out'/></method>"
      "<method name='SetModes'><arg type='as' direction='in'/></method>"
      "<property name='Modes' type='as' access='read'/>"
      "</interface></node>";

  [[noreturn]] static void fail(GError* error) {
    const std::string message = error ? error->message : "unknown error";
    if (error) g_error_free(error);
    throw std::runtime_error("fake mako: " + message);
  }

  GVariant* modes_variant() const {
    GVariantBuilder modes;
    g_variant_builder_init(&modes, G_VARIANT_TYPE("as"));
    for (const auto& m : modes_) g_variant_builder_add(&modes, "s", m.c_str());
    return g_variant_builder_end(&modes);
  }

  static void method_call(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                          const gchar* method, GVariant* params, GDBusMethodInvocation* invocation,
                          gpointer self) {
    auto* me = static_cast<FakeMako*>(self);
    const std::string name = method;
    if (name == "ListModes") {
      ++me->list_calls_;
      g_dbus_method_invocation_return_value(invocation,
                                            g_variant_new("(@as)", me->modes_variant()));
    } else if (name == "SetModes") {
      const gchar** modes = nullptr;
      g_variant_get(params, "(^a&s)", &modes);
      std::vector<std::string> list;
      for (const gchar** m = modes; m != nullptr && *m != nullptr; ++m) list.emplace_back(*m);
      g_free(modes);
      me->set_modes(std::move(list));
      g_dbus_method_invocation_return_value(invocation, nullptr);
    } else {
      g_dbus_method_invocation_return_value(invocation, nullptr);
    }
  }

  static GVariant* get_property(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                                const gchar*, GError**, gpointer self) {
    return static_cast<FakeMako*>(self)->modes_variant();
  }

  bool modes_property_;
  std::vector<std::string> modes_{"default"};
  GDBusConnection* bus_ = nullptr;
  GDBusNodeInfo* node_ = nullptr;
  guint registration_ = 0;
  int list_calls_ = 0;
};

}  // namespace unknot::test
