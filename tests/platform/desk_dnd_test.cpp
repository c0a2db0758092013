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

namespace {

void set_paused(bool paused) {
  REQUIRE(run_command({"dunstctl", "set-paused", paused ? "true" : "false"}).exit_code == 0);
}

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

TEST_CASE("notifications already paused count at start; dunst quitting ends the meeting",
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
