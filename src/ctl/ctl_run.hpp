#pragma once
// unknotctl from parsed arguments to exit code: talks to the daemon, prints
// the result. main.cpp only hands over argv and the streams.
#include <chrono>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "ctl/ctl_args.hpp"

namespace unknot {

/// unknotctl's exit codes (INTERFACE.md).
enum CtlExit : int {
  kCtlOk = 0,
  kCtlRefused = 1,     ///< the daemon said no (its message on stderr), or it failed mid-way
  kCtlUsage = 2,       ///< bad command line
  kCtlNotRunning = 3,  ///< no daemon to talk to
};

/// Sends the invocation's request to the daemon at `socket` and prints the result.
int run_ctl_request(const CtlInvocation& invocation, const std::filesystem::path& socket,
                    std::ostream& out, std::ostream& err);

/// How `watch` waits before it tries the daemon again; false: stop watching
/// (stdout is gone).
using WatchWait = std::function<bool(std::chrono::milliseconds pause)>;

/// `watch`: prints every status the daemon at `socket` pushes, one JSON object
/// a line, for as long as stdout takes them. While no daemon runs it prints
/// `{"state":"off"}` once and tries again after `wait` (1 s, then every 2 s),
/// so a status bar started before the daemon, or left running over a restart,
/// never needs restarting. Returns 1 only when the daemon refuses to be watched.
int run_watch(const std::filesystem::path& socket, std::ostream& out, std::ostream& err,
              const WatchWait& wait);

/// All of unknotctl: `args` are argv without the program name.
int ctl_main(const std::vector<std::string>& args, std::string_view version, std::ostream& out,
             std::ostream& err);

}  // namespace unknot
