#include <chrono>
#include <string>
#include <vector>

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
      activate(name);
      return window;
    }
    FAIL("openbox never managed the window " << name);
    throw;  // not reached: FAIL throws
  }

  /// Makes the window named `name` the active one, as a click would.
  static void activate(const std::string& name) {
    const bool active = wait_until(
        [&] {
          run_command({"wmctrl", "-a", name});
          return active_window_title().find(name) != std::string::npos;
        },
        5s, 50ms);
    REQUIRE(active);
  }

  static void fullscreen(bool on) {
    REQUIRE(run_command({"wmctrl", "-r", ":ACTIVE:", "-b",
                         std::string{on ? "add" : "remove"} + ",fullscreen"})
                .exit_code == 0);
  }
};

/// Lets the signals see whatever the X server has told them.
void settle() {
  pump_until([] { return false; }, 300ms);
}

/// Meeting reports of a signal without a recorder of its own (the unfiltered
/// control beside a filtered one): "on", "off".
struct Reports {
  std::vector<std::string> seen;
  unknot::DeskEvents events() {
    unknot::DeskEvents e;
    e.meeting = [this](const std::string&, bool active) {
      seen.emplace_back(active ? "on" : "off");
    };
    return e;
  }
  [[nodiscard]] std::string last() const { return seen.empty() ? "" : seen.back(); }
};

}  // namespace

TEST_CASE("fullscreen windows are chosen by WM_CLASS instance or class, in any case",
          "[desk][fullscreen]") {
  using unknot::fullscreen_window_counts;
  const unknot::FullscreenFilter any;
  CHECK(fullscreen_window_counts(any, "slides", "XLogo"));
  CHECK(fullscreen_window_counts(any, "", ""));

  const unknot::FullscreenFilter ignore{{}, {"mpv", "XLOGO"}};
  CHECK_FALSE(fullscreen_window_counts(ignore, "gl", "mpv"));
  CHECK_FALSE(fullscreen_window_counts(ignore, "slides", "XLogo"));
  CHECK(fullscreen_window_counts(ignore, "Navigator", "firefox-esr"));
  CHECK(fullscreen_window_counts(ignore, "mpv-helper", "Mpvx"));  // whole names only

  const unknot::FullscreenFilter only{{"zoom", "Firefox-ESR"}, {"navigator"}};
  CHECK(fullscreen_window_counts(only, "zoom", "zoom"));
  CHECK(fullscreen_window_counts(only, "Toolkit", "firefox-esr"));
  CHECK_FALSE(fullscreen_window_counts(only, "Navigator", "firefox-esr"));  // ignore wins
  CHECK_FALSE(fullscreen_window_counts(only, "libreoffice", "Soffice"));
  CHECK_FALSE(fullscreen_window_counts(only, "", ""));  // no WM_CLASS: not listed
}

TEST_CASE("by default a fullscreen video player is no meeting but a fullscreen browser is",
          "[desk][fullscreen]") {
  const unknot::MeetingSettings defaults;
  const unknot::FullscreenFilter filter{defaults.fullscreen_classes, defaults.fullscreen_ignore};
  CHECK_FALSE(unknot::fullscreen_window_counts(filter, "gl", "mpv"));
  CHECK_FALSE(unknot::fullscreen_window_counts(filter, "vlc", "vlc"));
  CHECK(unknot::fullscreen_window_counts(filter, "Navigator", "firefox-esr"));
  CHECK(unknot::fullscreen_window_counts(filter, "libreoffice", "libreoffice-impress"));
}

TEST_CASE("a fullscreen window of an ignored class is no meeting", "[desk][fullscreen]") {
  ManagedDesktop desk;
  DeskRecorder recorder;
  Reports control;
  auto ignoring =
      unknot::make_fullscreen_signal(recorder.events(), {}, {.only = {}, .ignore = {"XLOGO"}});
  auto unfiltered = unknot::make_fullscreen_signal(control.events());
  ignoring->start();
  unfiltered->start();
  desk.open_window("video");

  ManagedDesktop::fullscreen(true);
  // The unfiltered signal shows the window did become fullscreen.
  REQUIRE(pump_until([&] { return control.last() == "on"; }, 5s));
  settle();
  CHECK(recorder.reports.empty());
  ManagedDesktop::fullscreen(false);
  REQUIRE(pump_until([&] { return control.last() == "off"; }, 5s));
  CHECK(recorder.reports.empty());
  CHECK(recorder.warnings.empty());
}

TEST_CASE("with fullscreen_classes only the listed windows count", "[desk][fullscreen]") {
  ManagedDesktop desk;
  DeskRecorder recorder;
  Reports control;
  auto listed =
      unknot::make_fullscreen_signal(recorder.events(), {}, {.only = {"Slides"}, .ignore = {}});
  auto unfiltered = unknot::make_fullscreen_signal(control.events());
  listed->start();
  unfiltered->start();
  desk.open_window("editor");
  desk.open_window("slides");  // xlogo -name slides: WM_CLASS "slides", "XLogo"

  ManagedDesktop::fullscreen(true);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen on"; }, 5s));
  ManagedDesktop::fullscreen(false);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen off"; }, 5s));

  // The editor, not listed, goes fullscreen: the control sees it, we do not.
  ManagedDesktop::activate("editor");
  ManagedDesktop::fullscreen(true);
  REQUIRE(pump_until([&] { return control.seen.size() == 3 && control.last() == "on"; }, 5s));
  settle();
  CHECK(recorder.reports == std::vector<std::string>{"fullscreen on", "fullscreen off"});
}

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
