#pragma once
// What the microphone tests do to a sound server of their own, whichever it
// is (PulseAudio or PipeWire's pipewire-pulse): pactl, and parecord as the
// call app. Both speak the PulseAudio protocol on a unix socket.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "platform/log.hpp"
#include "support/desktop_session.hpp"

namespace unknot::test {

/// pactl and parecord against the server listening on `socket`.
class SoundServerClient {
 public:
  SoundServerClient(std::filesystem::path socket, std::filesystem::path log_dir)
      : socket_(std::move(socket)), log_dir_(std::move(log_dir)) {}

  [[nodiscard]] std::string address() const { return "unix:" + socket_.string(); }

  /// A call app (or not) recording from `device` until the result dies.
  [[nodiscard]] std::unique_ptr<ChildProcess> record(const std::string& device,
                                                     const std::string& client) const {
    const int before = recording_streams();
    auto recorder = std::make_unique<ChildProcess>(
        std::vector<std::string>{"parecord", "--server=" + address(), "-d", device, "--raw",
                                 "--client-name=" + client, "/dev/null"},
        log_dir_ / "parecord.log");
    REQUIRE(wait_until([&] { return recording_streams() > before; }, std::chrono::seconds{10}));
    return recorder;
  }

  /// How many recording streams the server has (of any kind).
  [[nodiscard]] int recording_streams() const {
    const auto listed = pactl("list short source-outputs").output;
    return static_cast<int>(std::count(listed.begin(), listed.end(), '\n'));
  }

  /// Runs `pactl WORDS...` against the server.
  [[nodiscard]] CommandResult pactl(const std::string& words) const {
    std::vector<std::string> argv{"pactl", "--server=" + address()};
    for (std::size_t at = 0, end; at < words.size(); at = end + 1) {
      end = std::min(words.find(' ', at), words.size());
      argv.push_back(words.substr(at, end - at));
    }
    return run_command(argv, std::chrono::seconds{5});
  }

 private:
  std::filesystem::path socket_;
  std::filesystem::path log_dir_;
};

/// Every log line (any level) while it lives, passed on to the sink before
/// it (a DeskRecorder's), so the info lines naming the app can be checked.
class LogLines {
 public:
  LogLines() {
    previous_ = set_log_sink([this](LogLevel level, std::string_view message) {
      lines.emplace_back(message);
      if (previous_) previous_(level, message);
    });
  }
  ~LogLines() { set_log_sink(std::move(previous_)); }
  LogLines(const LogLines&) = delete;
  LogLines& operator=(const LogLines&) = delete;

  /// Whether some line contains `text`.
  [[nodiscard]] bool has(const std::string& text) const {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return line.find(text) != std::string::npos;
    });
  }

  std::vector<std::string> lines;

 private:
  LogSink previous_;
};

}  // namespace unknot::test
