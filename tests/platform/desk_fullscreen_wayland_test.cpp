// The "fullscreen" meeting source on Wayland, against a small compositor
// speaking wlr-foreign-toplevel-management over a real socket, as sway does.
#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "desk_recorder.hpp"
#include "glib_pump.hpp"
#include "mini_toplevel_compositor.hpp"
#include "platform/desk_signal.hpp"
#include "wayland_desk.hpp"

using namespace std::chrono_literals;
using unknot::test::DeskRecorder;
using unknot::test::MiniToplevelCompositor;
using unknot::test::pump_until;
using unknot::test::WaylandDesk;

namespace {

constexpr const char* kSocket = "wayland-unknot-toplevels";

std::unique_ptr<unknot::DeskSignal> fullscreen_signal(DeskRecorder& recorder,
                                                      unknot::FullscreenFilter filter = {}) {
  auto signal = unknot::make_wayland_fullscreen_signal(recorder.events(), {}, std::move(filter));
  REQUIRE(signal->name() == "fullscreen");
  signal->start();
  return signal;
}

void settle() {
  pump_until([] { return false; }, 300ms);
}

}  // namespace

TEST_CASE("on sway a focused fullscreen window is a meeting until it leaves fullscreen",
          "[desk][fullscreen][wayland]") {
  WaylandDesk desk{kSocket};
  MiniToplevelCompositor compositor{kSocket};
  const int editor = compositor.open("org.gnome.TextEditor", false, true);
  DeskRecorder recorder;
  auto signal = fullscreen_signal(recorder);
  settle();
  CHECK(recorder.reports.empty());

  compositor.set_state(editor, true, true);  // the slides go fullscreen
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen on"; }, 5s));
  compositor.set_state(editor, false, true);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"fullscreen on", "fullscreen off"});
}

TEST_CASE("on Wayland switching away from a fullscreen window, or closing it, ends the meeting",
          "[desk][fullscreen][wayland]") {
  WaylandDesk desk{kSocket};
  MiniToplevelCompositor compositor{kSocket};
  const int call = compositor.open("zoom", true, true);  // already fullscreen at start
  const int mail = compositor.open("thunderbird", false, false);
  DeskRecorder recorder;
  auto signal = fullscreen_signal(recorder);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen on"; }, 5s));

  compositor.set_state(call, true, false);  // still fullscreen, but not focused
  compositor.set_state(mail, false, true);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen off"; }, 5s));
  compositor.set_state(mail, false, false);
  compositor.set_state(call, true, true);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen on"; }, 5s));
  compositor.close(call);
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen off"; }, 5s));
  CHECK(recorder.reports.size() == 4);
}

TEST_CASE("on Wayland an ignored app_id (a video player) is no meeting",
          "[desk][fullscreen][wayland]") {
  WaylandDesk desk{kSocket};
  MiniToplevelCompositor compositor{kSocket};
  DeskRecorder recorder;
  auto signal = fullscreen_signal(recorder, {{}, {"mpv"}});
  const int film = compositor.open("mpv", true, true);
  settle();
  CHECK(recorder.reports.empty());
  compositor.close(film);
  compositor.open("firefox", true, true);  // a shared browser tab is
  REQUIRE(pump_until([&] { return recorder.last() == "fullscreen on"; }, 5s));
}

TEST_CASE("a compositor without the toplevel protocol (GNOME, KDE) is reported once, silently",
          "[desk][fullscreen][wayland]") {
  WaylandDesk desk{kSocket};
  // Version 1 tells no fullscreen state: as good as none.
  MiniToplevelCompositor compositor{kSocket, 1};
  DeskRecorder recorder;
  auto signal = fullscreen_signal(recorder);
  signal->start();
  compositor.open("zoom", true, true);
  settle();
  CHECK(recorder.reports.empty());
  CHECK(recorder.warnings.empty());
  REQUIRE(recorder.infos.size() == 1);
  CHECK(recorder.infos.front().find("wlr-foreign-toplevel-management") != std::string::npos);
}
