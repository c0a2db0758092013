#include "platform/status_notifier_item.hpp"

#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <gio/gio.h>

#include "glib_pump.hpp"
#include "platform/tray_pixmap.hpp"
#include "support/desktop_session.hpp"
#include "support/sim_clock.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::TrayIconState;
using unknot::test::pump_until;

namespace {

/// Opaque pixels of a pixmap whose colour is the state colour's red channel.
int opaque_pixels(const unknot::TrayPixmap& pixmap) {
  int count = 0;
  for (std::size_t i = 0; i < pixmap.argb.size(); i += 4)
    if (pixmap.argb[i] == 255) ++count;
  return count;
}

/// Pixels (fully opaque) in `r,g,b`.
int pixels_of(const unknot::TrayPixmap& pixmap, int r, int g, int b) {
  int count = 0;
  for (std::size_t i = 0; i < pixmap.argb.size(); i += 4)
    if (pixmap.argb[i] == 255 && pixmap.argb[i + 1] == r && pixmap.argb[i + 2] == g &&
        pixmap.argb[i + 3] == b)
      ++count;
  return count;
}

/// Pixels of `r,g,b` in the ring only (over 0.6 of the radius from the centre):
/// how far the progress arc has filled, whatever mark sits in the middle.
int ring_pixels_of(const unknot::TrayPixmap& pixmap, int r, int g, int b) {
  unknot::TrayPixmap ring = pixmap;
  const double half = pixmap.size / 2.0;
  for (int y = 0; y < pixmap.size; ++y)
    for (int x = 0; x < pixmap.size; ++x)
      if (std::hypot(x + 0.5 - half, y + 0.5 - half) < 0.6 * half)
        ring.argb[(static_cast<std::size_t>(y) * pixmap.size + x) * 4] = 0;
  return pixels_of(ring, r, g, b);
}

/// One D-Bus call, answered while the default context is pumped (the item
/// under test answers from it); null on error.
GVariant* call(const char* dest, const char* path, const char* iface, const char* method,
               GVariant* args) {
  GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, nullptr);
  struct Result {
    GVariant* reply = nullptr;
    bool done = false;
  } result;
  g_dbus_connection_call(
      bus, dest, path, iface, method, args, nullptr, G_DBUS_CALL_FLAGS_NONE, 5000, nullptr,
      +[](GObject* source, GAsyncResult* res, gpointer data) {
        auto* out = static_cast<Result*>(data);
        out->reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), res, nullptr);
        out->done = true;
      },
      &result);
  pump_until([&] { return result.done; }, 6s);
  g_object_unref(bus);
  return result.reply;
}

/// A property as text (strings) or printed GVariant.
std::string property(const std::string& dest, const char* path, const char* iface,
                     const char* name) {
  GVariant* reply = call(dest.c_str(), path, "org.freedesktop.DBus.Properties", "Get",
                         g_variant_new("(ss)", iface, name));
  if (!reply) return "<error>";
  GVariant* inner = nullptr;
  g_variant_get(reply, "(v)", &inner);
  std::string text;
  if (g_variant_is_of_type(inner, G_VARIANT_TYPE_STRING)) {
    text = g_variant_get_string(inner, nullptr);
  } else {
    gchar* printed = g_variant_print(inner, FALSE);
    text = printed;
    g_free(printed);
  }
  g_variant_unref(inner);
  g_variant_unref(reply);
  return text;
}

/// The dbusmenu layout, printed.
std::string layout(const std::string& dest) {
  const char* no_names[] = {nullptr};
  GVariant* reply = call(dest.c_str(), "/MenuBar", "com.canonical.dbusmenu", "GetLayout",
                         g_variant_new("(ii^as)", 0, -1, no_names));
  if (!reply) return "<error>";
  gchar* text = g_variant_print(reply, FALSE);
  std::string printed = text;
  g_free(text);
  g_variant_unref(reply);
  return printed;
}

/// The dbusmenu numeric id of the item whose x-unknot-id is `id`, from a layout print.
int menu_id(const std::string& printed, const std::string& id) {
  const auto at = printed.find("'x-unknot-id': <'" + id + "'>");
  if (at == std::string::npos) return -1;
  const auto open = printed.rfind("(", at);
  return std::stoi(printed.substr(open + 1));
}

struct Recorded {
  std::vector<unknot::TrayAction> actions;
  std::vector<bool> hosts;
};

unknot::TrayFacts facts_at(unknot::Duration in) {
  unknot::TrayFacts facts;
  facts.micro_every = 20min;
  facts.rest_every = 60min;
  facts.status.next_break = unknot::NextBreak{unknot::BreakKind::micro, in};
  facts.status.sitting = 38min;
  return facts;
}

}  // namespace

TEST_CASE("the pixmap ring fills with progress and takes the state's colour", "[tray]") {
  const auto empty = unknot::draw_tray_pixmap(TrayIconState::working, 0, 22);
  const auto full = unknot::draw_tray_pixmap(TrayIconState::working, 4, 22);
  REQUIRE(empty.size == 22);
  REQUIRE(empty.argb.size() == 22u * 22u * 4u);
  CHECK(ring_pixels_of(empty, 0x2a, 0x9d, 0x8f) == 0);
  CHECK(pixels_of(empty, 0x2a, 0x9d, 0x8f) > 10);  // the heart in the middle
  CHECK(ring_pixels_of(full, 0x2a, 0x9d, 0x8f) > 40);
  const auto half = unknot::draw_tray_pixmap(TrayIconState::working, 2, 22);
  CHECK(ring_pixels_of(half, 0x2a, 0x9d, 0x8f) > 15);
  CHECK(ring_pixels_of(half, 0x2a, 0x9d, 0x8f) < ring_pixels_of(full, 0x2a, 0x9d, 0x8f));
  // Corners stay clear: the panel shows through.
  CHECK(empty.argb[0] == 0);
  const auto due = unknot::draw_tray_pixmap(TrayIconState::due, 0, 32);
  const std::size_t centre = (16u * 32u + 16u) * 4u;
  CHECK(due.argb[centre] == 255);
  CHECK(due.argb[centre + 1] == 0xd9);
  CHECK(opaque_pixels(due) >
        opaque_pixels(unknot::draw_tray_pixmap(TrayIconState::off_hours, 0, 32)));
  CHECK(unknot::draw_tray_pixmaps(TrayIconState::paused, 0).size() == 3);
}

TEST_CASE("the item registers with the watcher, shows the state and serves its menu",
          "[tray][integration]") {
  unknot::test::TempHome home;
  unknot::test::DesktopSession desktop{{.x11 = false, .dbus = true}};
  unknot::test::SimClock clock;
  Recorded seen;
  unknot::TrayItemCallbacks callbacks;
  callbacks.on_action = [&](const unknot::TrayAction& action) { seen.actions.push_back(action); };
  callbacks.on_host = [&](bool present) { seen.hosts.push_back(present); };
  unknot::StatusNotifierItem item{"/nowhere/icons", callbacks};
  auto facts = facts_at(5min);
  item.update(unknot::tray_view(facts, clock.now()),
              unknot::tray_menu(facts, clock.now(), "07:00"));
  // No watcher yet: the owner hears so at once (it starts the wx fallback).
  REQUIRE(pump_until([&] { return !seen.hosts.empty(); }, 5s));
  CHECK(seen.hosts == std::vector<bool>{false});

  auto watcher = std::make_unique<unknot::test::ChildProcess>(
      std::vector<std::string>{"status-notifier-watcher"}, desktop.dir() / "watcher.log");
  REQUIRE(pump_until([&] { return item.registered(); }, 10s));
  CHECK(seen.hosts.back() == true);
  CHECK(property("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                 "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems")
            .find(item.bus_name()) != std::string::npos);
  const std::string sni = item.bus_name();
  CHECK(property(sni, "/StatusNotifierItem", "org.kde.StatusNotifierItem", "IconName") ==
        "io.github.unknot.Unknot-working-3");
  CHECK(property(sni, "/StatusNotifierItem", "org.kde.StatusNotifierItem", "ToolTip")
            .find("Next: micro break in 5 min · sitting 38 min") != std::string::npos);
  CHECK(property(sni, "/StatusNotifierItem", "org.kde.StatusNotifierItem", "IconThemePath") ==
        "/nowhere/icons");

  facts.status.paused = true;
  item.update(unknot::tray_view(facts, clock.now()),
              unknot::tray_menu(facts, clock.now(), "07:00"));
  CHECK(property(sni, "/StatusNotifierItem", "org.kde.StatusNotifierItem", "IconName") ==
        "io.github.unknot.Unknot-paused");

  const std::string printed = layout(sni);
  for (const char* id : {"status", "break.micro", "pause.30m", "meeting", "resume", "focus.neck",
                         "statistics", "settings", "open_routines", "about", "quit"})
    CHECK(menu_id(printed, id) > 0);
  const int pause_id = menu_id(printed, "pause.30m");
  REQUIRE(call(sni.c_str(), "/MenuBar", "com.canonical.dbusmenu", "Event",
               g_variant_new("(isvu)", pause_id, "clicked", g_variant_new_int32(0), 0u)) !=
          nullptr);
  REQUIRE(pump_until([&] { return !seen.actions.empty(); }, 5s));
  CHECK(seen.actions.front().kind == unknot::TrayActionKind::pause_for);
  CHECK(seen.actions.front().duration == 30min);

  // A restarted watcher knows nothing of us: the item registers again.
  watcher.reset();
  REQUIRE(pump_until([&] { return !item.registered(); }, 5s));
  watcher = std::make_unique<unknot::test::ChildProcess>(
      std::vector<std::string>{"status-notifier-watcher"}, desktop.dir() / "watcher2.log");
  REQUIRE(pump_until([&] { return item.registered(); }, 10s));
  CHECK(property("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                 "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems")
            .find(item.bus_name()) != std::string::npos);
  CHECK(seen.hosts == std::vector<bool>{false, true, false, true});
}
