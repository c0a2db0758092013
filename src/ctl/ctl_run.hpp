#pragma once
// unknotctl from parsed arguments to exit code: talks to the daemon, prints
// the result. main.cpp only hands over argv and the streams.
#include <filesystem>
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

/// All of unknotctl: `args` are argv without the program name.
int ctl_main(const std::vector<std::string>& args, std::string_view version, std::ostream& out,
             std::ostream& err);

}  // namespace unknot
