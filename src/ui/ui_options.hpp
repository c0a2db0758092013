#pragma once
// unknot-ui's command line:
//   unknot-ui break [micro|rest] | settings | stats | status | about | --tray
//             | menu --at X,Y,W,H
//   [--socket PATH] [--help] [--version]
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"

namespace unknot {

struct UiOptions {
  enum class Mode { break_window, settings, stats, status, about, tray, menu, help, version };
  Mode mode = Mode::break_window;
  std::optional<BreakKind> kind;  ///< break: which one to start when none is due
  std::array<int, 4> menu_at{};   ///< menu: the icon's X, Y, width and height
  std::filesystem::path socket;   ///< empty: the daemon's default socket
  std::string error;              ///< set on bad usage (exit 2)
};

/// Parses the arguments after the program name.
UiOptions parse_ui_options(const std::vector<std::string>& args);

/// The usage text.
const char* ui_usage();

}  // namespace unknot
