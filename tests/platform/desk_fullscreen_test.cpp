#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include "desk_recorder.hpp"
#include "glib_pump.hpp"
#include "platform/desk_signal.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::DeskRecorder;
using unknot::test::DesktopSession;
using unknot::test::pump_until;
using unknot::test::run_command;
using unknot::test::wait_until;

namespace {

/// The window `wmctrl` sees as active, "" when none (or no window manager).
std::string active_window_title() {
  const auto result = run_command({"xprop", "-root", "_NET_ACTIVE_WINDOW"});
  const auto hash = result.output.find("# 0x");
  if (result.exit_code != 0 || hash == std::string::npos) return "";
  const std::string id =
      result.output.substr(hash + 2, result.output.find_first_of(",\n", hash) - hash - 2);
  if (id == "0x0") return "";
  return run_command({"xprop", "-id", id, "WM_CLASS"}).output;
}

/// A desktop with openbox managing windows, as a user's X session has.
struct ManagedDesktop {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = false}};

  ManagedDesktop() {
    // The system's theme and config: TempHome hides XDG_CONFIG_DIRS/XDG_DATA_DIRS,
    // and openbox quits without a theme.
    desktop.spawn(
        {"env", "XDG_CONFIG_DIRS=/etc/xdg", "XDG_DATA_DIRS=/usr/share", "openbox", "--sm-disable"},
        "openbox.log");
    const bool up = wait_until([] { return run_command({"wmctrl", "-m"}).exit_code == 0; });
    INFO(desktop.read_log("openbox.log"));
    REQUIRE(up);
  }

  /// Opens an xlogo window and waits until the window manager made it active.
  unknot::test::ChildProcess& open_window(const std::string& name) {
    // openbox can miss a window mapped while it is still starting up, so an
    // unmanaged window is replaced by a new one (bounded: a few tries).
    for (int attempt = 0; attempt < 4; ++attempt) {
      auto& window = desktop.spawn({"xlogo", "-name", name}, name + ".log");
      const bool managed = wait_until(
          [&] {
            return run_command({"wmctrl", "-l"}).output.find(name) != std::string::npos;
          },
          2s, 20ms);
      if (!managed) {
        window.stop();
        continue;
      }
      const bool active = wait_until(
          [&] {
            run_command({"wmctrl", "-a", name});
            return active_window_title().find(name) != std::string::npos;
          },
          5s, 50ms);
      REQUIRE(active);
      return window;
    }
    FAIL("openbox never managed the window " << name);
    throw;  // not reached: FAIL throws
  }

  static void fullscreen(bool on) {
    REQUIRE(run_command({"wmctrl", "-r", ":ACTIVE:", "-b",
                         std::string{on ? "add" : "remove"} + ",fullscreen"})
                .exit_code == 0);
  }
};

}  // namespace

TEST_CASE("a window made fullscreen starts a meeting until it leaves fullscreen",
          "[desk][fullscreen]") {
  ManagedDesktop desk;
  DeskRecorder recorder;
  auto signal = unknot::make_fullscreen_signal(recorder.events());
  REQUIRE(signal->name() == "fullscreen");
  signal->start();
  desk.open_window("slides");
  unknot::test::pump_glib();
  CHECK(recorder.reports.empty());  // an ordinary window is no meeting

  ManagedDesktop::fullscreen(true);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen on"; }, 5s));
  ManagedDesktop::fullscreen(false);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"fullscreen on", "fullscreen off"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("switching away from a fullscreen window or closing it ends the meeting",
          "[desk][fullscreen]") {
  ManagedDesktop desk;
  DeskRecorder recorder;
  desk.open_window("editor");
  auto& video = desk.open_window("video");
  ManagedDesktop::fullscreen(true);
  auto signal = unknot::make_fullscreen_signal(recorder.events());
  // Already fullscreen when the daemon starts: seen without any event.
  REQUIRE(wait_until([&] {
    signal->stop();
    recorder.reports.clear();
    signal->start();
    return recorder.last() == "fullscreen on";
  }));

  // Closing the video activates the editor, an ordinary window.
  video.stop();
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen off"; }, 5s));
  CHECK(active_window_title().find("editor") != std::string::npos);
  CHECK(recorder.warnings.empty());
}

TEST_CASE("without an X display the fullscreen signal stays silent", "[desk][fullscreen]") {
  unknot::test::TempHome home;
  DeskRecorder recorder;
  auto signal = unknot::make_fullscreen_signal(recorder.events(), ":64998");
  signal->start();
  signal->start();
  CHECK(recorder.reports.empty());
  CHECK(recorder.warnings.size() == 1);
}
