#pragma once
// The one logger of the daemon and its helpers: short lines on stderr that a
// user reading `journalctl --user` or a terminal can act on.
#include <functional>
#include <string_view>

namespace unknot {

/// How much a log line matters; debug lines appear only when verbose.
enum class LogLevel { debug, info, warning, error };

/// Debug detail, printed only after set_verbose(true).
void log_debug(std::string_view message);
/// Something a user may want to know ("using idle source x11").
void log_info(std::string_view message);
/// A part of the program is degraded but the daemon goes on.
void log_warn(std::string_view message);
/// Something failed; the daemon goes on if it can.
void log_error(std::string_view message);

/// Whether debug lines are printed (`unknot --verbose`).
void set_verbose(bool verbose);
/// The current verbosity.
[[nodiscard]] bool verbose();

/// A receiver of log lines instead of stderr (tests); an empty function restores
/// stderr. The sink sees every level, including debug while not verbose.
using LogSink = std::function<void(LogLevel, std::string_view)>;
/// Replaces the destination of every log line; returns the previous sink.
LogSink set_log_sink(LogSink sink);

}  // namespace unknot
