#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <gio/gio.h>

#include "desk_recorder.hpp"
#include "fake_mako.hpp"
#include "glib_pump.hpp"
#include "platform/desk_signal.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::DeskRecorder;
using unknot::test::DesktopSession;
using unknot::test::pump_until;
using unknot::test::run_command;

namespace {

void set_paused(bool paused) {
  REQUIRE(run_command({"dunstctl", "set-paused", paused ? "true" : "false"}).exit_code == 0);
}

/// GNOME keeps do-not-disturb in GSettings: show-banners = false.
void set_show_banners(bool shown) {
  REQUIRE(run_command({"gsettings", "set", "org.gnome.desktop.notifications", "show-banners",
                       shown ? "true" : "false"})
              .exit_code == 0);
}

/// GLib reads the schema directories, the settings backend and
/// $XDG_CONFIG_HOME once per process, so a GSettings test runs its body in a
/// fresh process of this binary with its own folders (ctest already runs
/// each test case alone; a whole-binary run needs this).
bool in_fresh_process() {
  const char* fresh = std::getenv("UNKNOT_TEST_FRESH_PROCESS");
  return fresh != nullptr && std::string{fresh} == "1";
}

void run_in_fresh_process(const std::string& test_name) {
  const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  setenv("UNKNOT_TEST_FRESH_PROCESS", "1", 1);
  const auto result = run_command({self, test_name}, 60s);
  unsetenv("UNKNOT_TEST_FRESH_PROCESS");
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  // A name that matched no test case would pass too: make sure it ran.
  CHECK_THAT(result.output, Catch::Contains("All tests passed") && Catch::Contains("1 test case"));
}

/// GNOME's real schema (gsettings-desktop-schemas) and a keyfile backend in
/// the test's own XDG_CONFIG_HOME, so neither dconf nor the user's settings
/// are touched. Set before GLib first looks, i.e. in a fresh process.
struct GnomeSettings {
  unknot::test::TempHome home;
  GnomeSettings() {
    setenv("XDG_DATA_DIRS", "/usr/share", 1);
    setenv("GSETTINGS_BACKEND", "keyfile", 1);
    setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME", 1);  // GNOME's switch counts in GNOME only
    // The folder the keyfile lives in, there before GLib starts watching it.
    std::filesystem::create_directories(home.config_home() / "glib-2.0" / "settings");
    REQUIRE(run_command({"gsettings", "get", "org.gnome.desktop.notifications", "show-banners"})
                .output == "true\n");
    settings_ = g_settings_new("org.gnome.desktop.notifications");
  }
  ~GnomeSettings() {
    g_object_unref(settings_);
    unsetenv("GSETTINGS_BACKEND");
    unsetenv("XDG_CURRENT_DESKTOP");
  }

  /// Waits until this process sees `gsettings set` change show-banners to
  /// `shown` (then any GSettings of ours has been told), pumping GLib.
  void wait_until_seen(bool shown) {
    REQUIRE(pump_until(
        [&] { return (g_settings_get_boolean(settings_, "show-banners") != FALSE) == shown; }, 5s));
    unknot::test::pump_glib();
  }
  GnomeSettings(const GnomeSettings&) = delete;
  GnomeSettings& operator=(const GnomeSettings&) = delete;

 private:
  GSettings* settings_ = nullptr;  ///< the test's own view of the same key
};

}  // namespace

TEST_CASE("pausing dunst's notifications holds breaks until they are resumed", "[desk][dnd]") {
  unknot::test::TempHome home;
  DesktopSession desktop;
  desktop.start_dunst();
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  REQUIRE(dnd->name() == "dnd");
  dnd->start();

  set_paused(true);
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
  set_paused(false);
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("notifications already paused count at start and dunst quitting ends the meeting",
          "[desk][dnd]") {
  unknot::test::TempHome home;
  DesktopSession desktop;
  desktop.start_dunst();
  set_paused(true);
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  dnd->start();
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));

  // A crashed or replaced server cannot hold breaks forever.
  desktop.stop_dunst();
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));

  // A new server that is not paused changes nothing; pausing it is seen again.
  desktop.start_dunst();
  set_paused(true);
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off", "dnd on"});
}

TEST_CASE("mako 1.10's do-not-disturb mode holds breaks, followed by its signal", "[desk][dnd]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  unknot::test::FakeMako mako{true};
  DeskRecorder recorder;
  // No polling within the test's time: only the Modes property's signal can tell.
  auto dnd = unknot::make_dnd_signal(recorder.events(), {.mako_poll = std::chrono::hours{1}});
  dnd->start();
  pump_until([] { return false; }, 200ms);
  CHECK(recorder.reports.empty());

  mako.set_modes({"default", "do-not-disturb"});  // makoctl mode -a do-not-disturb
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
  mako.set_modes({"default", "work"});  // another mode is no meeting
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off"});
  CHECK(mako.list_calls() == 0);
}

TEST_CASE("Debian 12's mako (no Modes property) is asked for its modes while it runs",
          "[desk][dnd]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  auto mako = std::make_unique<unknot::test::FakeMako>(false);
  mako->set_modes({"DND"});  // already on at start: counts at once, in any case
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events(), {.mako_poll = 100ms});
  dnd->start();
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
  mako->set_modes({"default"});
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));
  mako->set_modes({"do-not-disturb"});
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));

  // mako quitting ends the meeting, and the asking stops with it.
  mako.reset();
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off", "dnd on", "dnd off"});
}

TEST_CASE("beside a server that is not mako, no mode counts and its own pause does", "[desk][dnd]") {
  unknot::test::TempHome home;
  DesktopSession desktop;
  desktop.start_dunst();
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events(), {.mako_poll = 50ms});
  dnd->start();
  pump_until([] { return false; }, 400ms);
  CHECK(recorder.reports.empty());
  set_paused(true);  // dunst's own pause still counts
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
}

TEST_CASE("without a session bus the dnd signal warns once and stays silent", "[desk][dnd]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = false}};  // the bus address leads nowhere
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  dnd->start();
  dnd->start();
  unknot::test::pump_glib();
  CHECK(recorder.reports.empty());
  INFO(recorder.warnings.front());
  REQUIRE(recorder.warnings.size() == 1);
  CHECK(recorder.warnings.front().find("no session bus") != std::string::npos);
}

TEST_CASE("GNOME's notification banners switched off hold breaks until switched on again",
          "[desk][dnd][gnome]") {
  if (!in_fresh_process())
    return run_in_fresh_process(
        "GNOME's notification banners switched off hold breaks until switched on again");
  GnomeSettings gnome;
  DesktopSession desktop{{.x11 = false, .dbus = true}};  // no notification server at all
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  dnd->start();
  pump_until([] { return false; }, 300ms);
  CHECK(recorder.reports.empty());

  set_show_banners(false);
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
  set_show_banners(true);
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("outside a GNOME session GNOME's switch is not followed", "[desk][dnd][gnome]") {
  if (!in_fresh_process())
    return run_in_fresh_process("outside a GNOME session GNOME's switch is not followed");
  GnomeSettings gnome;
  setenv("XDG_CURRENT_DESKTOP", "KDE", 1);
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  set_show_banners(false);
  gnome.wait_until_seen(false);
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  dnd->start();
  pump_until([] { return false; }, 300ms);
  CHECK(recorder.reports.empty());
}

TEST_CASE("GNOME's switch already off counts at start and stopping the source releases it",
          "[desk][dnd][gnome]") {
  if (!in_fresh_process())
    return run_in_fresh_process(
        "GNOME's switch already off counts at start and stopping the source releases it");
  GnomeSettings gnome;
  DesktopSession desktop{{.x11 = false, .dbus = true}};
  set_show_banners(false);
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  dnd->start();
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));
  dnd->stop();  // dnd = false in [meetings]
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off"});
}

TEST_CASE("GNOME's switch and dunst's pause each hold the meeting until both are off",
          "[desk][dnd][gnome]") {
  if (!in_fresh_process())
    return run_in_fresh_process(
        "GNOME's switch and dunst's pause each hold the meeting until both are off");
  GnomeSettings gnome;
  DesktopSession desktop;  // dunst needs a display
  desktop.start_dunst();
  set_paused(true);
  DeskRecorder recorder;
  auto dnd = unknot::make_dnd_signal(recorder.events());
  dnd->start();
  REQUIRE(pump_until([&] { return recorder.last() == "dnd on"; }, 5s));

  set_show_banners(false);
  gnome.wait_until_seen(false);
  CHECK(recorder.reports == std::vector<std::string>{"dnd on"});
  set_paused(false);
  pump_until([] { return false; }, 300ms);
  CHECK(recorder.reports == std::vector<std::string>{"dnd on"});  // GNOME's switch still holds
  set_show_banners(true);
  REQUIRE(pump_until([&] { return recorder.last() == "dnd off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"dnd on", "dnd off"});
}
