#pragma once
// The daemon's tray item, whatever draws it: the StatusNotifierItem over
// D-Bus (status_notifier_item.hpp), the XEmbed icon in an X11 system tray
// (xembed_tray.hpp), both behind the TrayChooser (tray_chooser.hpp); a
// Windows notification-area icon is another implementation.
#include <functional>
#include <vector>

#include "core/tray_model.hpp"

namespace unknot {

/// Where an icon sits on the screen (root coordinates), for a menu popped at it.
struct TrayRect {
  int x = 0, y = 0, width = 0, height = 0;
  friend bool operator==(const TrayRect&, const TrayRect&) = default;
};

/// What the item reports back to its owner (always on the GLib thread).
struct TrayItemCallbacks {
  /// A menu item was chosen, or the icon clicked (TrayActionKind::activate).
  std::function<void(const TrayAction&)> on_action;
  /// The icon is shown (true: a StatusNotifierWatcher has the item, or it is
  /// docked in an X11 tray, or there is nowhere to show it) or nobody can
  /// show it (false: the wx fallback, `unknot-ui --tray`, is wanted).
  std::function<void(bool host_present)> on_host;
  /// The icon wants the menu shown at `at` (the XEmbed icon draws no menu of
  /// its own: `unknot-ui menu` pops it). Empty: the item's host shows menus.
  std::function<void(const TrayRect& at)> on_menu;
  /// Once a minute while registered, so the tooltip's minutes stay right.
  std::function<void()> on_tick;
};

/// A tray item showing the shared tray model (core/tray_model.hpp).
class TrayItem {
 public:
  virtual ~TrayItem() = default;
  /// Shows `view` and `menu`; an implementation says nothing when neither changed.
  virtual void update(const TrayView& view, const std::vector<TrayMenuItem>& menu) = 0;
};

}  // namespace unknot
