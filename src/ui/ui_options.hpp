#pragma once
// unknot-ui's command line:
//   unknot-ui break [micro|rest] | settings | stats | status | about | --tray
//             | menu --at X,Y,W,H
//   [--socket PATH] [--help] [--version]
//   unknot-ui figure ID [--routines DIR]... (--svg FILE | --png FILE [--size PX]) [--at SECONDS]
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"

namespace unknot {

struct UiOptions {
  enum class Mode { break_window, settings, stats, status, about, tray, menu, help, version, figure };
  Mode mode = Mode::break_window;
  std::optional<BreakKind> kind;  ///< break: which one to start when none is due
  std::array<int, 4> menu_at{};   ///< menu: the icon's X, Y, width and height
  std::filesystem::path socket;   ///< empty: the daemon's default socket
  std::string error;              ///< set on bad usage (exit 2)

  /// figure: write an exercise's figure to a file, no window and no daemon.
  struct FigureRequest {
    std::string id;
    std::vector<std::filesystem::path> routine_dirs;  ///< empty: the usual search path
    std::filesystem::path svg, png;                   ///< exactly one is set
    int size = 240;                                   ///< pixels, square
    std::optional<double> at;                         ///< seconds; unset: the first held pose
  } figure;
};

/// Parses the arguments after the program name.
UiOptions parse_ui_options(const std::vector<std::string>& args);

/// The usage text.
const char* ui_usage();

}  // namespace unknot
