#pragma once
// Runs short shell commands (the [hooks]) beside the daemon's loop: started
// with posix_spawn, reaped when a pidfd says they exited, their output logged
// line by line, killed at a time limit. Nothing here ever waits for a child.
//
// Linux: shell_runner_posix.cpp. Windows: not written yet (the daemon's
// service room is not built there); a CreateProcess + job object version
// would sit in shell_runner_windows.cpp behind this same interface.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <memory>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "core/time.hpp"

namespace unknot {

/// One command to run once.
struct ShellJob {
  std::string name;     ///< "break_start": names its log lines
  std::string command;  ///< run as `/bin/sh -c COMMAND`
  /// Added to (or replacing in) the daemon's own environment.
  std::vector<std::pair<std::string, std::string>> environment;
};

/// Starts jobs without blocking and looks after them until they end.
class ShellRunner {
 public:
  virtual ~ShellRunner() = default;
  /// Starts `job` unless one of the same name still runs (then it is logged
  /// and dropped: a slow hook never piles up). A failure to start is logged.
  virtual void run(const ShellJob& job) = 0;
  /// How many jobs have not been reaped yet (tests, logs).
  [[nodiscard]] virtual std::size_t running() const = 0;
};

/// Jobs on `io`'s loop: stdin is /dev/null, stdout and stderr go to the log
/// as "hook NAME: LINE", a non-zero exit is logged once as a warning (never
/// retried), and a job still running after `time_limit` is killed with its
/// whole process group (logged). Destroying the runner ends running jobs.
std::unique_ptr<ShellRunner> make_shell_runner(boost::asio::io_context& io, Duration time_limit);

}  // namespace unknot
