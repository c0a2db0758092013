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

#include "glib_pump.hpp"
#include "idle_fake_bus_service.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::DesktopSession;
using unknot::test::FakeIdleService;
using unknot::test::FakeMutterIdleMonitor;
using unknot::test::pump_glib;
using unknot::test::pump_until;

namespace {

std::unique_ptr<FakeMutterIdleMonitor> fake_mutter() {
  return std::make_unique<FakeMutterIdleMonitor>();
}

/// A Mutter from before the watches: GetIdletime only.
std::unique_ptr<FakeIdleService> fake_polling_only_mutter() {
  return std::make_unique<FakeIdleService>("org.gnome.Mutter.IdleMonitor",
                                           "/org/gnome/Mutter/IdleMonitor/Core",
                                           "org.gnome.Mutter.IdleMonitor", "GetIdletime", "t");
}

unknot::Duration idle_or_zero(unknot::IdleSource& source) {
  return source.idle_time().value_or(unknot::Duration::zero());
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

TEST_CASE("on GNOME the Mutter idle monitor is preferred to X11 and is not polled",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = true}};
  auto mutter = fake_mutter();

  auto source = unknot::make_idle_source();
  REQUIRE(source->name() == "mutter");
  CHECK(mutter->getidletime_calls() == 1);  // once, at the start
  CHECK(mutter->watches() == 1);            // the idle watch
  for (int poll = 0; poll < 50; ++poll) {
    pump_glib();
    CHECK(source->idle_time() == 0ms);
  }
  // Steady state: the daemon's many polls cost no D-Bus call at all.
  CHECK(mutter->getidletime_calls() == 1);
}

TEST_CASE("Mutter's watches: idle counts from the idle watch, and input brings it back to 0",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto mutter = fake_mutter();
  std::string why;
  auto source = unknot::make_mutter_idle_source(300ms, why);
  REQUIRE(source != nullptr);

  for (int round = 0; round < 2; ++round) {
    mutter->pass_idle(299);
    pump_glib();
    CHECK(source->idle_time() == 0ms);  // under the watch's interval: reads active
    mutter->pass_idle(1);               // the idle watch fires
    REQUIRE(pump_until([&] { return idle_or_zero(*source) >= 300ms; }));
    const auto seen = idle_or_zero(*source);
    CHECK(seen < 5s);
    REQUIRE(pump_until([&] { return idle_or_zero(*source) >= seen + 100ms; }));  // keeps rising
    REQUIRE(pump_until([&] { return mutter->active_watches() == 1; }));

    mutter->input();  // the user-active watch fires, and is re-armed at the next idle
    REQUIRE(pump_until([&] { return source->idle_time() == 0ms; }));
    CHECK(mutter->active_watches() == 0);
  }
  CHECK(mutter->getidletime_calls() == 1);
}

TEST_CASE("a user already away when the daemon starts reads the full idle time from Mutter",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto mutter = fake_mutter();
  mutter->pass_idle(600'000);  // ten minutes before the daemon started
  std::string why;
  auto source = unknot::make_mutter_idle_source(5s, why);
  REQUIRE(source != nullptr);
  CHECK(idle_or_zero(*source) >= 10min);
  CHECK(idle_or_zero(*source) < 11min);

  REQUIRE(pump_until([&] { return mutter->active_watches() == 1; }));
  mutter->input();
  REQUIRE(pump_until([&] { return source->idle_time() == 0ms; }));
}

TEST_CASE("a Mutter without idle watches is passed over for the next backend", "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = true}};
  auto mutter = fake_polling_only_mutter();
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "x11");
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

TEST_CASE("when gnome-shell restarts the idle time is unknown, with one warning, then re-armed",
          "[idle][dbus]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto mutter = fake_mutter();
  std::string why;
  auto source = unknot::make_mutter_idle_source(300ms, why);
  REQUIRE(source != nullptr);

  Warnings warnings;
  mutter.reset();
  REQUIRE(pump_until([&] { return !source->idle_time().has_value(); }));
  pump_glib();
  CHECK_FALSE(source->idle_time().has_value());
  REQUIRE(warnings.lines.size() == 1);
  CHECK_THAT(warnings.lines[0], Catch::Contains("mutter"));

  mutter = fake_mutter();  // gnome-shell restarted: no watches of ours yet
  REQUIRE(pump_until([&] { return source->idle_time().has_value(); }));
  REQUIRE(pump_until([&] { return mutter->watches() == 1 && mutter->getidletime_calls() == 1; }));
  pump_glib();
  CHECK(source->idle_time() == 0ms);
  mutter->pass_idle(300);
  REQUIRE(pump_until([&] { return idle_or_zero(*source) >= 300ms; }));
  REQUIRE(pump_until([&] { return mutter->active_watches() == 1; }));
  mutter->input();
  REQUIRE(pump_until([&] { return source->idle_time() == 0ms; }));
  CHECK(warnings.lines.size() == 1);
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
