#pragma once
// unknot-ui's command line:
//   unknot-ui break [micro|rest] | settings | stats | status | about | --tray
//   [--socket PATH] [--help] [--version]
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"

namespace unknot {

struct UiOptions {
  enum class Mode { break_window, settings, stats, status, about, tray, help, version };
  Mode mode = Mode::break_window;
  std::optional<BreakKind> kind;  ///< break: which one to start when none is due
  std::filesystem::path socket;   ///< empty: the daemon's default socket
  std::string error;              ///< set on bad usage (exit 2)
};

/// Parses the arguments after the program name.
UiOptions parse_ui_options(const std::vector<std::string>& args);

/// The usage text.
const char* ui_usage();

}  // namespace unknot
