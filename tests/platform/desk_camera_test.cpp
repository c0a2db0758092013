#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "desk_recorder.hpp"
#include "glib_pump.hpp"
#include "platform/desk_signal.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::ChildProcess;
using unknot::test::DeskRecorder;
using unknot::test::pump_until;
using unknot::test::TempHome;
using unknot::test::wait_until;

namespace fs = std::filesystem;

namespace {

/// Stand-in camera devices in the temp home, and processes holding them open.
struct FakeCameras {
  TempHome home;
  fs::path dev = home.root() / "dev";

  FakeCameras() {
    fs::create_directories(dev);
    for (const char* name : {"video0", "video1", "notes.txt"}) std::ofstream{dev / name} << "";
  }

  [[nodiscard]] unknot::CameraOptions options() const {
    return {.device_glob = (dev / "video*").string(), .interval = 1s};
  }

  /// A child of ours with `name` open on its stdin, as a video call holds /dev/video0.
  [[nodiscard]] std::unique_ptr<ChildProcess> hold(const std::string& name) const {
    auto child = std::make_unique<ChildProcess>(
        std::vector<std::string>{"sh", "-c", "exec sleep 30 < '" + (dev / name).string() + "'"},
        home.root() / "holder.log");
    const fs::path stdin_link = fs::path{"/proc"} / std::to_string(child->pid()) / "fd" / "0";
    const bool open = wait_until([&] {
      std::error_code ec;
      return fs::read_symlink(stdin_link, ec) == dev / name;
    });
    REQUIRE(open);
    return child;
  }
};

}  // namespace

TEST_CASE("a camera opened during the day starts a meeting, closing it ends the meeting",
          "[desk][camera]") {
  FakeCameras cameras;
  DeskRecorder recorder;
  auto camera = unknot::make_camera_signal(recorder.events(), cameras.options());
  REQUIRE(camera->name() == "camera");
  camera->start();
  CHECK(recorder.reports.empty());

  auto call = cameras.hold("video1");
  REQUIRE(pump_until([&] { return recorder.last() == "camera on"; }, 5s));
  call->stop();
  REQUIRE(pump_until([&] { return recorder.last() == "camera off"; }, 5s));
  CHECK(recorder.reports == std::vector<std::string>{"camera on", "camera off"});
}

TEST_CASE("a camera already in use at start-up counts at once", "[desk][camera]") {
  FakeCameras cameras;
  DeskRecorder recorder;
  auto call = cameras.hold("video0");
  auto camera = unknot::make_camera_signal(recorder.events(), cameras.options());
  camera->start();
  CHECK(recorder.reports == std::vector<std::string>{"camera on"});

  // Turning the source off (settings changed) must not leave the hold behind.
  camera->stop();
  CHECK(recorder.reports == std::vector<std::string>{"camera on", "camera off"});
}

TEST_CASE("a file that is not a camera does not make a meeting", "[desk][camera]") {
  FakeCameras cameras;
  DeskRecorder recorder;
  auto editor = cameras.hold("notes.txt");
  auto camera = unknot::make_camera_signal(recorder.events(), cameras.options());
  camera->start();
  CHECK(recorder.reports.empty());
  // And no camera devices at all (a desktop without one) is simply no meeting.
  auto none = unknot::make_camera_signal(
      recorder.events(), {.device_glob = (cameras.dev / "nothing*").string(), .interval = 1s});
  none->start();
  CHECK(recorder.reports.empty());
  CHECK(recorder.warnings.empty());
}

TEST_CASE("a camera plugged in later is found by the slower no-device check", "[desk][camera]") {
  FakeCameras cameras;
  DeskRecorder recorder;
  auto options = cameras.options();
  options.device_glob = (cameras.dev / "usbcam*").string();  // none yet
  options.no_device_interval = 2s;
  auto camera = unknot::make_camera_signal(recorder.events(), options);
  camera->start();
  CHECK(recorder.reports.empty());

  std::ofstream{cameras.dev / "usbcam0"} << "";  // the webcam is plugged in
  auto call = cameras.hold("usbcam0");
  REQUIRE(pump_until([&] { return recorder.last() == "camera on"; }, 5s));
}
