#pragma once
// The tray icon on Windows: Shell_NotifyIconW (NOTIFYICON_VERSION_4) with the
// icon, tooltip and menu of the pure tray model (core/tray_model.hpp), the
// same model the StatusNotifierItem draws on Linux. The menu is a popup
// HMENU built afresh from the model's items; a choice comes back as the
// item's TrayAction. Lives on the MessageWindow's thread.
#include <functional>
#include <string>
#include <vector>

#include <windows.h>
// after windows.h (WIN32_LEAN_AND_MEAN leaves the shell out)
#include <shellapi.h>

#include "core/tray_model.hpp"
#include "platform/message_window_windows.hpp"

namespace unknot {

/// The icon resource for a tray icon name ("io.github.unknot.Unknot-working-2"
/// -> "TRAY_WORKING_2"), as packaging/windows/icons.cmake compiles them in.
std::wstring tray_icon_resource(const std::string& icon_name);

/// A menu label for Win32: '&' doubled (a lone '&' would underline the next
/// letter), at most `limit` UTF-16 units, cut at a character boundary.
std::wstring win32_menu_label(const std::string& label, std::size_t limit = 255);

/// A popup menu for `items`; `actions` receives each item's action, the
/// command id being its index + 1. The caller destroys the menu.
HMENU build_tray_menu(const std::vector<TrayMenuItem>& items, std::vector<TrayAction>& actions);

/// The notification-area icon.
class WindowsTray {
 public:
  /// An icon on `window`'s thread; nothing is shown before update().
  explicit WindowsTray(MessageWindow& window);
  ~WindowsTray();
  WindowsTray(const WindowsTray&) = delete;
  WindowsTray& operator=(const WindowsTray&) = delete;

  /// Shows `view` and remembers `menu` for the next right click.
  void update(const TrayView& view, std::vector<TrayMenuItem> menu);
  /// Called with the action of a chosen menu item, or `activate` on a left click.
  void on_action(std::function<void(const TrayAction&)> callback);
  /// Called with NIN_BALLOONUSERCLICK, NIN_BALLOONTIMEOUT or NIN_BALLOONHIDE.
  void on_balloon(std::function<void(UINT event)> callback) { on_balloon_ = std::move(callback); }
  /// Whether the shell took the icon (false: no notification area, e.g. Wine
  /// without a tray host; retried when Explorer announces TaskbarCreated).
  [[nodiscard]] bool shown() const { return shown_; }
  /// What choosing command `id` of the current menu does (the popup's result).
  void choose(UINT id);
  /// The message the shell sends for clicks on the icon.
  [[nodiscard]] UINT callback_message() const { return callback_message_; }
  /// The tooltip as shown (tests).
  [[nodiscard]] const std::wstring& tooltip() const { return tooltip_; }

  /// For notifications as balloons (notifier_windows.cpp): the icon's data.
  [[nodiscard]] NOTIFYICONDATAW icon_data(UINT flags) const;

 private:
  bool add_icon();
  void on_icon_message(LPARAM lparam, WPARAM wparam);
  void show_menu(int x, int y);

  MessageWindow& window_;
  UINT callback_message_;
  UINT taskbar_created_;
  int callback_handler_ = 0, taskbar_handler_ = 0;
  HICON icon_ = nullptr;
  std::wstring tooltip_;
  std::vector<TrayMenuItem> menu_;
  std::vector<TrayAction> actions_;
  std::function<void(const TrayAction&)> on_action_;
  std::function<void(UINT)> on_balloon_;
  bool shown_ = false;
};

}  // namespace unknot
