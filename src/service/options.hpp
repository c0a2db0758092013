#pragma once
// Command-line options of the `unknot` daemon (INTERFACE.md).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace unknot {

struct DaemonOptions {
  std::optional<std::filesystem::path> config_file;  ///< --config FILE
  std::vector<std::filesystem::path> routine_dirs;   ///< --routines DIR (repeatable)
  bool no_tray = false;
  bool check_config = false;
  bool verbose = false;
  bool version = false;
  bool help = false;
};

/// The result of parsing argv: options, or a usage error message.
struct ParsedOptions {
  DaemonOptions options;
  std::string error;  ///< non-empty on bad usage
};

ParsedOptions parse_daemon_options(const std::vector<std::string>& args);

/// The --help text.
std::string daemon_usage();

}  // namespace unknot
