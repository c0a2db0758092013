#include "platform/log.hpp"
#include <utility>

#include <atomic>
#include <string>

#include <unistd.h>

namespace unknot {

namespace {

std::atomic<bool> verbose_flag{false};

LogSink& sink() {
  static LogSink instance;
  return instance;
}

std::string_view prefix(LogLevel level) {
  switch (level) {
    case LogLevel::debug:
      return "unknot: debug: ";
    case LogLevel::info:
      return "unknot: ";
    case LogLevel::warning:
      return "unknot: warning: ";
    case LogLevel::error:
      return "unknot: error: ";
  }
  return "unknot: ";
}

void emit(LogLevel level, std::string_view message) {
  if (sink()) {
    sink()(level, message);
    return;
  }
  if (level == LogLevel::debug && !verbose_flag.load()) return;
  // One write() per line, so lines from several threads never interleave.
  std::string line{prefix(level)};
  line.append(message);
  line.push_back('\n');
  const char* data = line.data();
  size_t left = line.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, data, left);
    if (n <= 0) return;  // stderr closed: nowhere left to complain
    data += n;
    left -= static_cast<size_t>(n);
  }
}

}  // namespace

void log_debug(std::string_view message) { emit(LogLevel::debug, message); }
void log_info(std::string_view message) { emit(LogLevel::info, message); }
void log_warn(std::string_view message) { emit(LogLevel::warning, message); }
void log_error(std::string_view message) { emit(LogLevel::error, message); }

void set_verbose(bool verbose) { verbose_flag.store(verbose); }
bool verbose() { return verbose_flag.load(); }

LogSink set_log_sink(LogSink new_sink) { return std::exchange(sink(), std::move(new_sink)); }

}  // namespace unknot
