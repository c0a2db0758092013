#pragma once
// What desk signals reported, in order, as short words a test can compare:
// "camera on", "dnd off", "locked", "suspending", ...
#include <string>
#include <string_view>
#include <vector>

#include "platform/desk_signal.hpp"
#include "platform/log.hpp"

namespace unknot::test {

/// Records DeskEvents and the warnings and info lines logged meanwhile.
struct DeskRecorder {
  std::vector<std::string> reports;
  std::vector<std::string> warnings;
  std::vector<std::string> infos;
  LogSink previous_sink;

  DeskRecorder() {
    previous_sink = set_log_sink([this](LogLevel level, std::string_view message) {
      if (level == LogLevel::warning) warnings.emplace_back(message);
      if (level == LogLevel::info) infos.emplace_back(message);
    });
  }
  ~DeskRecorder() { set_log_sink(std::move(previous_sink)); }
  DeskRecorder(const DeskRecorder&) = delete;
  DeskRecorder& operator=(const DeskRecorder&) = delete;

  /// Handlers that append to reports; valid while this object lives.
  DeskEvents events() {
    DeskEvents e;
    e.meeting = [this](const std::string& source, bool active) {
      reports.push_back(source + (active ? " on" : " off"));
    };
    e.locked = [this](bool locked) { reports.emplace_back(locked ? "locked" : "unlocked"); };
    e.suspending = [this] { reports.emplace_back("suspending"); };
    e.resumed = [this] { reports.emplace_back("resumed"); };
    return e;
  }

  /// The latest report, or "" before any.
  [[nodiscard]] std::string last() const { return reports.empty() ? "" : reports.back(); }
};

}  // namespace unknot::test
