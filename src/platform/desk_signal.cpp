#include "platform/desk_signal.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "platform/desk_bus.hpp"

namespace unknot {

std::vector<std::unique_ptr<DeskSignal>> make_desk_signals(const MeetingSettings& meetings,
                                                           const DeskEvents& events) {
  std::vector<std::unique_ptr<DeskSignal>> signals;
  if (meetings.camera) signals.push_back(make_camera_signal(events));
  if (meetings.dnd) signals.push_back(make_dnd_signal(events));
  if (meetings.fullscreen) {
    FullscreenFilter filter{meetings.fullscreen_classes, meetings.fullscreen_ignore};
    // On Wayland the X display, if any, is Xwayland's: it knows nothing of
    // the focused window, so ask the compositor instead.
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    signals.push_back(wayland != nullptr && *wayland != '\0'
                          ? make_wayland_fullscreen_signal(events, {}, std::move(filter))
                          : make_fullscreen_signal(events, {}, std::move(filter)));
  }
  if (meetings.microphone) signals.push_back(make_microphone_signal(events));
  if (!meetings.calendar.empty())
    signals.push_back(make_calendar_signal(events, {meetings.calendar, {}}));
  signals.push_back(make_session_signal(events));
  return signals;
}

namespace {

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && g_ascii_strncasecmp(a.data(), b.data(), a.size()) == 0;
}

bool lists(const std::vector<std::string>& names, std::string_view instance,
           std::string_view class_name) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return same_name(name, instance) || same_name(name, class_name);
  });
}

}  // namespace

bool fullscreen_window_counts(const FullscreenFilter& filter, std::string_view instance,
                              std::string_view class_name) {
  if (lists(filter.ignore, instance, class_name)) return false;
  return filter.only.empty() || lists(filter.only, instance, class_name);
}

namespace desk {

GDBusConnection* open_bus(GBusType type, std::string& why) {
  GError* error = nullptr;
  gchar* address = g_dbus_address_get_for_bus_sync(type, nullptr, &error);
  GDBusConnection* bus = nullptr;
  if (address != nullptr) {
    // A private connection: closing it at stop() cannot disturb anyone
    // else's use of the shared one, and losing the bus does not exit().
    bus = g_dbus_connection_new_for_address_sync(
        address,
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, &error);
    g_free(address);
  }
  if (bus == nullptr) {
    why = error != nullptr ? error->message : "no address";
    g_clear_error(&error);
  }
  return bus;
}

void close_bus(GDBusConnection*& bus) {
  if (bus == nullptr) return;
  g_dbus_connection_close(bus, nullptr, nullptr, nullptr);
  g_object_unref(bus);
  bus = nullptr;
}

std::optional<bool> changed_bool(GVariant* changed, const char* property) {
  GVariant* value = g_variant_lookup_value(changed, property, G_VARIANT_TYPE_BOOLEAN);
  if (value == nullptr) return std::nullopt;
  const bool result = g_variant_get_boolean(value) != FALSE;
  g_variant_unref(value);
  return result;
}

bool invalidated(GVariant* invalidated_names, const char* property) {
  GVariantIter iter;
  g_variant_iter_init(&iter, invalidated_names);
  const gchar* name = nullptr;
  while (g_variant_iter_next(&iter, "&s", &name)) {
    if (std::strcmp(name, property) == 0) return true;
  }
  return false;
}

}  // namespace desk
}  // namespace unknot
