#pragma once
// The tray item: an org.kde.StatusNotifierItem exported over GDBus on the
// default GMainContext, with its menu served by libdbusmenu-glib. GLib only;
// no GTK. It says nothing on the bus unless the view or the menu changed.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/tray_model.hpp"
#include "platform/tray_item.hpp"

namespace unknot {

class StatusNotifierItem : public TrayItem {
 public:
  /// Exports the item on the session bus and registers it with the watcher
  /// whenever one is (or later becomes) present. `icon_theme_path`: where the
  /// state icons are for an uninstalled build (may be empty). Throws
  /// std::runtime_error when there is no session bus.
  StatusNotifierItem(std::string icon_theme_path, TrayItemCallbacks callbacks);
  ~StatusNotifierItem() override;
  StatusNotifierItem(const StatusNotifierItem&) = delete;
  StatusNotifierItem& operator=(const StatusNotifierItem&) = delete;

  /// Shows `view` and `menu`; emits only what changed.
  void update(const TrayView& view, const std::vector<TrayMenuItem>& menu) override;
  /// True while a watcher has the item registered.
  [[nodiscard]] bool registered() const;
  /// The bus name the item is exported on ("org.kde.StatusNotifierItem-<pid>-1").
  [[nodiscard]] const std::string& bus_name() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace unknot
