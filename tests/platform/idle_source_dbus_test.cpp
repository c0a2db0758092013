// The D-Bus idle backends (GNOME's Mutter, org.freedesktop.ScreenSaver) and
// the run-time choice between them, against stand-in services on a private
// session bus.
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "idle_fake_bus_service.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::DesktopSession;
using unknot::test::FakeIdleService;

namespace {

std::unique_ptr<FakeIdleService> fake_mutter() {
  return std::make_unique<FakeIdleService>("org.gnome.Mutter.IdleMonitor",
                                           "/org/gnome/Mutter/IdleMonitor/Core",
                                           "org.gnome.Mutter.IdleMonitor", "GetIdletime", "t");
}

std::unique_ptr<FakeIdleService> fake_screensaver() {
  return std::make_unique<FakeIdleService>(
      "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
      "GetSessionIdleTime", "u");
}

/// Sets an environment variable for the lifetime of the object.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> previous;
  ScopedEnv(std::string n, const std::string& value) : name(std::move(n)) {
    if (const char* old = std::getenv(name.c_str())) previous = old;
    ::setenv(name.c_str(), value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (previous)
      ::setenv(name.c_str(), previous->c_str(), 1);
    else
      ::unsetenv(name.c_str());
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;
};

/// Collects warnings while alive.
struct Warnings {
  std::vector<std::string> lines;
  unknot::LogSink previous;
  Warnings() {
    previous = unknot::set_log_sink([this](unknot::LogLevel level, std::string_view message) {
      if (level == unknot::LogLevel::warning) lines.emplace_back(message);
    });
  }
  ~Warnings() { unknot::set_log_sink(std::move(previous)); }
  Warnings(const Warnings&) = delete;
  Warnings& operator=(const Warnings&) = delete;
};

}  // namespace

TEST_CASE("on GNOME the Mutter idle monitor is preferred to X11 and read at each poll",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = true}};
  auto mutter = fake_mutter();
  mutter->set_idle_ms(42'000);

  auto source = unknot::make_idle_source();
  REQUIRE(source->name() == "mutter");
  CHECK(source->idle_time() == 42'000ms);
  mutter->set_idle_ms(120);  // the user touched the mouse
  CHECK(source->idle_time() == 120ms);
  mutter->set_idle_ms(3'600'000);  // an hour away: no overflow, no rounding
  CHECK(source->idle_time() == 1h);
}

TEST_CASE("without Mutter or X11, a ScreenSaver that answers GetSessionIdleTime is used",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto screensaver = fake_screensaver();
  screensaver->set_idle_ms(7'250);

  auto source = unknot::make_idle_source();
  REQUIRE(source->name() == "screensaver");
  CHECK(source->idle_time() == 7'250ms);
  screensaver->set_idle_ms(0);
  CHECK(source->idle_time() == 0ms);
}

TEST_CASE("in an X11 session the X server is asked before the ScreenSaver", "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = true}};
  auto screensaver = fake_screensaver();
  screensaver->set_idle_ms(7'250);

  auto source = unknot::make_idle_source();
  CHECK(source->name() == "x11");
  CHECK(screensaver->calls() == 0);
}

TEST_CASE("a ScreenSaver that refuses GetSessionIdleTime is passed over, and the warning says so",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto screensaver = fake_screensaver();
  screensaver->refuse(true);
  Warnings warnings;

  auto source = unknot::make_idle_source();
  CHECK(source->name() == "none");
  CHECK(screensaver->calls() == 1);  // asked once, at the choice; never polled
  REQUIRE(warnings.lines.size() == 1);
  CHECK_THAT(warnings.lines[0], Catch::Contains("not implemented here"));
}

TEST_CASE("when Mutter leaves the bus the idle time is unknown, with one warning, until it is back",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto mutter = fake_mutter();
  auto source = unknot::make_idle_source();
  REQUIRE(source->name() == "mutter");

  Warnings warnings;
  mutter.reset();
  CHECK_FALSE(source->idle_time().has_value());
  CHECK_FALSE(source->idle_time().has_value());
  REQUIRE(warnings.lines.size() == 1);
  CHECK_THAT(warnings.lines[0], Catch::Contains("mutter"));

  mutter = fake_mutter();  // gnome-shell restarted
  mutter->set_idle_ms(900);
  CHECK(source->idle_time() == 900ms);
}

TEST_CASE("UNKNOT_IDLE_SOURCE picks the backend, and one that does not work means none",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = true}};
  auto mutter = fake_mutter();

  SECTION("a working choice wins over the automatic order") {
    ScopedEnv forced{"UNKNOT_IDLE_SOURCE", "x11"};
    CHECK(unknot::make_idle_source()->name() == "x11");
  }
  SECTION("an unavailable choice is not silently replaced by another backend") {
    ScopedEnv forced{"UNKNOT_IDLE_SOURCE", "screensaver"};
    Warnings warnings;
    auto source = unknot::make_idle_source();
    CHECK(source->name() == "none");
    REQUIRE(warnings.lines.size() == 1);
    CHECK_THAT(warnings.lines[0], Catch::Contains("UNKNOT_IDLE_SOURCE=screensaver"));
  }
  SECTION("a misspelt choice is reported and the automatic order applies") {
    ScopedEnv forced{"UNKNOT_IDLE_SOURCE", "gnome"};
    Warnings warnings;
    CHECK(unknot::make_idle_source()->name() == "mutter");
    REQUIRE(warnings.lines.size() == 1);
    CHECK_THAT(warnings.lines[0], Catch::Contains("gnome"));
  }
}

TEST_CASE("with no source at all the warning says what was tried", "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  Warnings warnings;
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "none");
  REQUIRE(warnings.lines.size() == 1);
  for (const char* tried : {"mutter", "screensaver", "x11"})
    CHECK_THAT(warnings.lines[0], Catch::Contains(tried));
}
