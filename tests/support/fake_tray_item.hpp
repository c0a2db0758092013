#pragma once
// A tray item that keeps what it was last shown and lets a test choose menu
// items as the user would.
#include <vector>

#include "platform/tray_item.hpp"

namespace unknot::test {

class FakeTrayItem : public TrayItem {
 public:
  explicit FakeTrayItem(TrayItemCallbacks callbacks) : callbacks(std::move(callbacks)) {}
  void update(const TrayView& view, const std::vector<TrayMenuItem>& menu) override {
    this->view = view;
    this->menu = menu;
    ++updates;
  }
  /// The user picks `action` from the menu (or clicks the icon: activate).
  void choose(const TrayAction& action) { callbacks.on_action(action); }

  TrayItemCallbacks callbacks;
  TrayView view;
  std::vector<TrayMenuItem> menu;
  int updates = 0;
};

}  // namespace unknot::test
