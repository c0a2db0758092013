#pragma once
// The daemon's tray item, whatever draws it: the StatusNotifierItem over
// D-Bus (status_notifier_item.hpp) today; an XEmbed or a Windows
// notification-area icon are other implementations of the same interface.
#include <functional>
#include <vector>

#include "core/tray_model.hpp"

namespace unknot {

/// What the item reports back to its owner (always on the GLib thread).
struct TrayItemCallbacks {
  /// A menu item was chosen, or the icon clicked (TrayActionKind::activate).
  std::function<void(const TrayAction&)> on_action;
  /// A StatusNotifierWatcher appeared (true: the item is registered) or went away.
  std::function<void(bool host_present)> on_host;
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
