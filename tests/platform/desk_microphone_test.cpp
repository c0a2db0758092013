// The microphone signal against a real PulseAudio server of the test's own
// (private socket, null sink and null source), with parecord as the call app.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

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

namespace {

/// `pulseaudio` with a speaker (a null sink, whose monitor is not a
/// microphone) and a microphone (a null source), on a socket in `home`.
class PulseServer {
 public:
  explicit PulseServer(const unknot::test::TempHome& home)
      : dir_(home.root() / "pulse"), socket_(dir_ / "native") {
    std::filesystem::create_directories(dir_);
    std::ofstream{dir_ / "default.pa"}
        << "load-module module-native-protocol-unix auth-anonymous=1 socket=" << socket_.string()
        << "\nload-module module-null-sink sink_name=speakers\n"
        << "load-module module-null-source source_name=mic\n";
  }

  /// Starts (or restarts) the server and waits until it answers.
  void start() {
    process_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{"pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                                 "--use-pid-file=no", "-F", (dir_ / "default.pa").string()},
        dir_ / "server.log");
    REQUIRE(unknot::test::wait_until([&] { return pactl("info").exit_code == 0; }, 10s));
  }
  void stop() { process_.reset(); }

  [[nodiscard]] std::string address() const { return client_.address(); }

  /// A call app (or not) recording from `device` until the result dies.
  [[nodiscard]] std::unique_ptr<ChildProcess> record(const std::string& device,
                                                     const std::string& client) const {
    return client_.record(device, client);
  }

 private:
  [[nodiscard]] unknot::test::CommandResult pactl(const std::string& words) const {
    return client_.pactl(words);
  }

  std::filesystem::path dir_;
  std::filesystem::path socket_;
  unknot::test::SoundServerClient client_{socket_, dir_};
  std::unique_ptr<ChildProcess> process_;
};

/// Lets the signal see whatever the server has told it: a few GLib rounds.
void settle() {
  pump_until([] { return false; }, 300ms);
}

}  // namespace

TEST_CASE("recording from a microphone is a meeting, from a speaker's monitor it is not",
          "[desk][microphone]") {
  unknot::test::TempHome home;
  PulseServer server{home};
  server.start();
  unknot::test::DeskRecorder recorder;
  unknot::test::LogLines log;
  auto signal = unknot::make_microphone_signal(recorder.events(), {server.address()});
  signal->start();
  settle();
  CHECK(recorder.reports.empty());

  // A screen recorder capturing what the speakers play.
  auto screen_recorder = server.record("speakers.monitor", "Screen recorder");
  settle();
  CHECK(recorder.reports.empty());

  auto call = server.record("mic", "Video call");
  REQUIRE(pump_until([&] { return recorder.last() == "microphone on"; }));
  CHECK(log.has("microphone in use by Video call: meeting"));
  call.reset();  // the call ends
  REQUIRE(pump_until([&] { return recorder.last() == "microphone off"; }));
  CHECK(recorder.reports == std::vector<std::string>{"microphone on", "microphone off"});
  CHECK(recorder.warnings.empty());
}

TEST_CASE("a sound server that starts late is found, one that goes away ends the meeting",
          "[desk][microphone]") {
  unknot::test::TempHome home;
  PulseServer server{home};
  unknot::test::DeskRecorder recorder;
  unknot::MicrophoneOptions options{server.address(), 1s, 1s};
  auto signal = unknot::make_microphone_signal(recorder.events(), options);
  signal->start();
  REQUIRE(pump_until([&] { return !recorder.warnings.empty(); }, 5s));
  CHECK_THAT(recorder.warnings[0], Catch::Contains("microphone not followed"));

  server.start();
  auto call = server.record("mic", "Video call");
  REQUIRE(pump_until([&] { return recorder.last() == "microphone on"; }, 10s));

  server.stop();  // the sound server crashes mid-call
  REQUIRE(pump_until([&] { return recorder.last() == "microphone off"; }, 10s));
  REQUIRE(recorder.warnings.size() == 2);
  CHECK_THAT(recorder.warnings[1], Catch::Contains("sound server gone"));
  // Still missing at the next try is not news: no line per retry.
  pump_until([] { return false; }, 1500ms);
  CHECK(recorder.warnings.size() == 2);
}

TEST_CASE("stopping the microphone source releases its hold", "[desk][microphone]") {
  unknot::test::TempHome home;
  PulseServer server{home};
  server.start();
  unknot::test::DeskRecorder recorder;
  auto signal = unknot::make_microphone_signal(recorder.events(), {server.address()});
  auto call = server.record("mic", "Video call");
  signal->start();
  signal->start();
  REQUIRE(pump_until([&] { return recorder.last() == "microphone on"; }));
  signal->stop();
  CHECK(recorder.reports == std::vector<std::string>{"microphone on", "microphone off"});
}
