// The microphone signal against PipeWire, as most desktops now run it: the
// pipewire daemon, the wireplumber session manager and pipewire-pulse (which
// speaks the PulseAudio protocol libpulse uses), headless, in the test's own
// XDG_RUNTIME_DIR and with a session bus of its own. The signal is given no
// server address: it finds $XDG_RUNTIME_DIR/pulse/native as it would at login.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "desk_recorder.hpp"
#include "glib_pump.hpp"
#include "platform/desk_signal.hpp"
#include "sound_server.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::ChildProcess;
using unknot::test::pump_until;
using unknot::test::wait_until;

namespace {

/// pipewire + wireplumber + pipewire-pulse with a speaker (a null sink, whose
/// monitor is not a microphone) and a microphone (a virtual source).
class PipeWireServer {
 public:
  explicit PipeWireServer(const unknot::test::TempHome& home)
      : runtime_(home.runtime_dir()), dir_(home.root() / "pipewire") {
    std::filesystem::create_directories(dir_);
  }
  ~PipeWireServer() { stop(); }
  PipeWireServer(const PipeWireServer&) = delete;
  PipeWireServer& operator=(const PipeWireServer&) = delete;

  /// Starts the three daemons, waits until pactl gets answers, adds the devices.
  void start() {
    pipewire_ = spawn("pipewire");
    REQUIRE(wait_until([&] { return std::filesystem::exists(runtime_ / "pipewire-0"); }, 10s));
    wireplumber_ = spawn("wireplumber");
    pulse_ = spawn("pipewire-pulse");
    INFO(log_tail());
    REQUIRE(wait_until([&] { return client_.pactl("info").exit_code == 0; }, 10s));
    REQUIRE(client_.pactl("load-module module-null-sink sink_name=speakers").exit_code == 0);
    REQUIRE(client_
                .pactl("load-module module-null-sink media.class=Audio/Source/Virtual "
                       "sink_name=mic")
                .exit_code == 0);
    REQUIRE(wait_until([&] {
      const auto sources = client_.pactl("list short sources").output;
      return sources.find("\tmic\t") != std::string::npos &&
             sources.find("\tspeakers.monitor\t") != std::string::npos;
    }));
  }

  /// Stops pipewire-pulse first (its clients see the server go), then the rest.
  void stop() {
    pulse_.reset();
    wireplumber_.reset();
    pipewire_.reset();
  }

  [[nodiscard]] const unknot::test::SoundServerClient& client() const { return client_; }

 private:
  std::unique_ptr<ChildProcess> spawn(const std::string& program) {
    return std::make_unique<ChildProcess>(std::vector<std::string>{program},
                                          dir_ / (program + ".log"));
  }

  [[nodiscard]] std::string log_tail() const {
    std::string out;
    for (const char* name : {"pipewire", "wireplumber", "pipewire-pulse"}) {
      std::ifstream in{dir_ / (std::string{name} + ".log")};
      out += std::string{name} + ": " +
             std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}} +
             "\n";
    }
    return out;
  }

  std::filesystem::path runtime_;
  std::filesystem::path dir_;
  unknot::test::SoundServerClient client_{runtime_ / "pulse" / "native", dir_};
  std::unique_ptr<ChildProcess> pipewire_;
  std::unique_ptr<ChildProcess> wireplumber_;
  std::unique_ptr<ChildProcess> pulse_;
};

/// A desk of our own: folders, a session bus (wireplumber's), and no
/// PULSE_SERVER pointing elsewhere.
struct PipeWireDesk {
  unknot::test::TempHome home;
  unknot::test::DesktopSession desktop{{.x11 = false, .dbus = true}};
  PipeWireServer server{home};
  PipeWireDesk() { unsetenv("PULSE_SERVER"); }
};

void settle() {
  pump_until([] { return false; }, 300ms);
}

}  // namespace

TEST_CASE("with PipeWire, recording from a microphone is a meeting naming the app",
          "[desk][microphone][pipewire]") {
  PipeWireDesk desk;
  desk.server.start();
  unknot::test::DeskRecorder recorder;
  unknot::test::LogLines log;
  auto signal = unknot::make_microphone_signal(recorder.events());
  signal->start();
  settle();
  CHECK(recorder.reports.empty());

  // A screen recorder capturing what the speakers play is no call.
  auto screen_recorder = desk.server.client().record("speakers.monitor", "Screen recorder");
  settle();
  CHECK(recorder.reports.empty());

  auto call = desk.server.client().record("mic", "Video call");
  REQUIRE(pump_until([&] { return recorder.last() == "microphone on"; }));
  CHECK(log.has("microphone in use by Video call: meeting"));
  CHECK_FALSE(log.has("Screen recorder"));
  call.reset();  // the call ends; the screen recorder goes on
  REQUIRE(pump_until([&] { return recorder.last() == "microphone off"; }));
  CHECK(recorder.reports == std::vector<std::string>{"microphone on", "microphone off"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("with PipeWire, the sound server going away mid-call ends the meeting",
          "[desk][microphone][pipewire]") {
  PipeWireDesk desk;
  desk.server.start();
  unknot::test::DeskRecorder recorder;
  auto signal = unknot::make_microphone_signal(recorder.events());
  auto call = desk.server.client().record("mic", "Video call");
  signal->start();
  REQUIRE(pump_until([&] { return recorder.last() == "microphone on"; }));

  desk.server.stop();  // pipewire-pulse crashes or the user logs out of audio
  REQUIRE(pump_until([&] { return recorder.last() == "microphone off"; }));
  REQUIRE(recorder.warnings.size() == 1);
  CHECK_THAT(recorder.warnings[0], Catch::Contains("sound server gone"));
  CHECK(recorder.reports == std::vector<std::string>{"microphone on", "microphone off"});
}
