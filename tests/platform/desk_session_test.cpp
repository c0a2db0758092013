#include <chrono>
#include <cstdlib>
#include <optional>
#include <string>

#include <catch2/catch.hpp>
#include <gio/gio.h>

#include "desk_recorder.hpp"
#include "glib_pump.hpp"
#include "platform/desk_signal.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::DeskRecorder;
using unknot::test::DesktopSession;
using unknot::test::pump_until;

namespace {

constexpr const char* kSessionPath = "/org/freedesktop/login1/session/_32";

constexpr const char* kLogindXml =
    "<node><interface name='org.freedesktop.login1.Manager'>"
    "<method name='GetSession'><arg type='s' direction='in'/><arg type='o' direction='out'/>"
    "</method><signal name='PrepareForSleep'><arg type='b'/></signal></interface>"
    "<interface name='org.freedesktop.login1.Session'>"
    "<property name='LockedHint' type='b' access='read'/></interface></node>";

/// A stand-in logind on a private system bus: just enough of the Manager and
/// of one Session for the session signal, driven by the test.
class FakeLogind {
 public:
  explicit FakeLogind(const std::string& address) {
    bus_ = g_dbus_connection_new_for_address_sync(
        address.c_str(),
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, nullptr);
    REQUIRE(bus_ != nullptr);
    info_ = g_dbus_node_info_new_for_xml(kLogindXml, nullptr);
    static const GDBusInterfaceVTable vtable{
        &FakeLogind::on_call, &FakeLogind::on_get, nullptr, {}};
    manager_id_ = g_dbus_connection_register_object(
        bus_, "/org/freedesktop/login1", info_->interfaces[0], &vtable, this, nullptr, nullptr);
    session_id_ = g_dbus_connection_register_object(bus_, kSessionPath, info_->interfaces[1],
                                                    &vtable, this, nullptr, nullptr);
    GVariant* reply = g_dbus_connection_call_sync(
        bus_, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
        "RequestName", g_variant_new("(su)", "org.freedesktop.login1", 0u), nullptr,
        G_DBUS_CALL_FLAGS_NONE, -1, nullptr, nullptr);
    REQUIRE(reply != nullptr);
    g_variant_unref(reply);
  }
  ~FakeLogind() {
    g_dbus_connection_unregister_object(bus_, manager_id_);
    g_dbus_connection_unregister_object(bus_, session_id_);
    g_dbus_connection_close_sync(bus_, nullptr, nullptr);
    g_object_unref(bus_);
    g_dbus_node_info_unref(info_);
  }
  FakeLogind(const FakeLogind&) = delete;
  FakeLogind& operator=(const FakeLogind&) = delete;

  /// How often the lock state was read (the signal reads it once it knows the session).
  int lock_reads = 0;
  bool locked = false;

  void prepare_for_sleep(bool going) {
    g_dbus_connection_emit_signal(bus_, nullptr, "/org/freedesktop/login1",
                                  "org.freedesktop.login1.Manager", "PrepareForSleep",
                                  g_variant_new("(b)", going), nullptr);
  }

  void set_locked(bool value) {
    locked = value;
    GVariantBuilder changed;
    g_variant_builder_init(&changed, G_VARIANT_TYPE("a{sv}"));
    g_variant_builder_add(&changed, "{sv}", "LockedHint", g_variant_new_boolean(value));
    g_dbus_connection_emit_signal(
        bus_, nullptr, kSessionPath, "org.freedesktop.DBus.Properties", "PropertiesChanged",
        g_variant_new("(sa{sv}as)", "org.freedesktop.login1.Session", &changed, nullptr), nullptr);
  }

 private:
  static void on_call(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                      GVariant*, GDBusMethodInvocation* invocation, gpointer) {
    g_dbus_method_invocation_return_value(invocation, g_variant_new("(o)", kSessionPath));
  }
  static GVariant* on_get(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                          GError**, gpointer data) {
    auto* self = static_cast<FakeLogind*>(data);
    ++self->lock_reads;
    return g_variant_new_boolean(self->locked);
  }

  GDBusConnection* bus_ = nullptr;
  GDBusNodeInfo* info_ = nullptr;
  guint manager_id_ = 0;
  guint session_id_ = 0;
};

/// A private system bus next to a private session bus, with DBUS_SYSTEM_BUS_ADDRESS set.
struct TwoBuses {
  unknot::test::TempHome home;
  // Both are plain private buses; the first is used as the system bus.
  DesktopSession system{{.x11 = false, .dbus = true}};
  DesktopSession session{{.x11 = false, .dbus = true}};
  std::optional<std::string> saved_system;

  TwoBuses() {
    if (const char* old = std::getenv("DBUS_SYSTEM_BUS_ADDRESS")) saved_system = old;
    ::setenv("DBUS_SYSTEM_BUS_ADDRESS", system.bus_address().c_str(), 1);
  }
  ~TwoBuses() {
    if (saved_system)
      ::setenv("DBUS_SYSTEM_BUS_ADDRESS", saved_system->c_str(), 1);
    else
      ::unsetenv("DBUS_SYSTEM_BUS_ADDRESS");
  }

  /// Emits a screensaver's ActiveChanged on the session bus.
  void screensaver_active(const char* interface, bool active) const {
    REQUIRE(unknot::test::run_command({"dbus-send", "--session", "/org/freedesktop/ScreenSaver",
                                       std::string{interface} + ".ActiveChanged",
                                       active ? "boolean:true" : "boolean:false"})
                .exit_code == 0);
  }
};

}  // namespace

TEST_CASE("logind's sleep and wake reach the engine as suspending and resumed", "[desk][session]") {
  TwoBuses buses;
  FakeLogind logind{buses.system.bus_address()};
  DeskRecorder recorder;
  auto session = unknot::make_session_signal(recorder.events());
  REQUIRE(session->name() == "session");
  session->start();
  REQUIRE(pump_until([&] { return logind.lock_reads == 1; }, 5s));

  logind.prepare_for_sleep(true);
  REQUIRE(pump_until([&] { return recorder.last() == "suspending"; }, 5s));
  logind.prepare_for_sleep(false);
  REQUIRE(pump_until([&] { return recorder.last() == "resumed"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"suspending", "resumed"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("the session's lock follows logind's LockedHint and the screensaver", "[desk][session]") {
  TwoBuses buses;
  FakeLogind logind{buses.system.bus_address()};
  logind.locked = true;  // already locked when the daemon starts
  DeskRecorder recorder;
  auto session = unknot::make_session_signal(recorder.events());
  session->start();
  REQUIRE(pump_until([&] { return recorder.last() == "locked"; }, 5s));
  logind.set_locked(false);
  REQUIRE(pump_until([&] { return recorder.last() == "unlocked"; }, 5s));

  // A screensaver alone locks too; logind unlocking meanwhile does not unlock.
  buses.screensaver_active("org.gnome.ScreenSaver", true);
  REQUIRE(pump_until([&] { return recorder.last() == "locked"; }, 5s));
  logind.set_locked(true);
  logind.set_locked(false);
  buses.screensaver_active("org.freedesktop.ScreenSaver", false);
  REQUIRE(pump_until([&] { return recorder.last() == "unlocked"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"locked", "unlocked", "locked", "unlocked"});

  session->stop();
  CHECK(recorder.reports.size() == 4);  // nothing was held, so nothing to release
}

TEST_CASE("without a system bus the screensaver still locks, with one warning", "[desk][session]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  const std::string nowhere = "unix:path=" + (home.root() / "no-system-bus").string();
  ::setenv("DBUS_SYSTEM_BUS_ADDRESS", nowhere.c_str(), 1);
  DeskRecorder recorder;
  auto session = unknot::make_session_signal(recorder.events());
  session->start();
  ::unsetenv("DBUS_SYSTEM_BUS_ADDRESS");
  REQUIRE(recorder.warnings.size() == 1);
  CHECK(recorder.warnings.front().find("no system bus") != std::string::npos);

  REQUIRE(unknot::test::run_command({"dbus-send", "--session", "/org/freedesktop/ScreenSaver",
                                     "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"})
              .exit_code == 0);
  REQUIRE(pump_until([&] { return recorder.last() == "locked"; }, 5s));
}
