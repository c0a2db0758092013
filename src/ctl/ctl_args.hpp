#pragma once
// unknotctl's command line, turned into one control request. Pure: no I/O.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace unknot {

/// How unknotctl prints a result.
enum class CtlOutput { human, json, csv };

/// What the command line asks for.
struct CtlInvocation {
  enum class Action {
    request,      ///< send `command` with `args` to the daemon
    help,         ///< print ctl_help() and exit 0
    version,      ///< print the version and exit 0
    autostart,    ///< show or set start at login (no daemon needed)
    usage_error,  ///< print `error` and the usage line, exit 2
  };
  Action action = Action::usage_error;
  std::string command;                               ///< the wire command
  nlohmann::json args = nlohmann::json::object();    ///< the wire arguments
  CtlOutput output = CtlOutput::human;               ///< status, stats
  std::optional<std::filesystem::path> socket_path;  ///< --socket PATH
  std::string error;                                 ///< why the usage is wrong
  std::optional<bool> autostart;                     ///< autostart on|off; none: show
};

/// Parses the arguments after the program name.
CtlInvocation parse_ctl_args(const std::vector<std::string>& args);

/// The one-line usage shown after a usage error.
std::string ctl_usage_line();

/// The full --help text.
std::string ctl_help();

}  // namespace unknot
