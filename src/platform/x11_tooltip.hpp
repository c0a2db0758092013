#pragma once
// The XEmbed icon's tooltip: a small override-redirect window under (or
// above) the icon with the same text as the StatusNotifierItem's tooltip,
// drawn with a core X font -- no toolkit, no font library in the daemon.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Before Xlib, whose `#define Status int` would break core/status.hpp.
#include "platform/tray_item.hpp"
// clang-format off
#include <X11/Xlib.h>
// clang-format on

namespace unknot {

/// `text` as UCS-2 for XDrawString16, one entry per line; characters beyond
/// the BMP and broken UTF-8 become U+FFFD.
std::vector<std::u16string> tooltip_lines(std::string_view text);

class X11Tooltip {
 public:
  explicit X11Tooltip(Display* display);
  ~X11Tooltip();
  X11Tooltip(const X11Tooltip&) = delete;
  X11Tooltip& operator=(const X11Tooltip&) = delete;

  /// Shows `text` next to the icon at `icon` (root coordinates).
  void show(const std::string& text, const TrayRect& icon);
  /// Redraws if the window is up (after Expose, or a new text).
  void redraw();
  void hide();
  [[nodiscard]] bool shown() const { return window_ != 0; }
  [[nodiscard]] Window window() const { return window_; }

 private:
  Display* display_;
  XFontStruct* font_ = nullptr;
  Window window_ = 0;
  std::vector<std::u16string> lines_;
};

}  // namespace unknot
