#pragma once
// The tray menu served over com.canonical.dbusmenu by libdbusmenu-glib.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/tray_model.hpp"

using DbusmenuServer = struct _DbusmenuServer;
using DbusmenuMenuitem = struct _DbusmenuMenuitem;

namespace unknot {

/// The menu at an object path; items carry their stable id in the property
/// "x-unknot-id" (tests and logs find items by it).
class TrayDbusMenu {
 public:
  /// Serves an empty menu at `object_path`; `on_action` gets chosen items.
  TrayDbusMenu(const std::string& object_path, std::function<void(const TrayAction&)> on_action);
  ~TrayDbusMenu();
  TrayDbusMenu(const TrayDbusMenu&) = delete;
  TrayDbusMenu& operator=(const TrayDbusMenu&) = delete;

  /// Shows `menu`: properties change in place when only labels or states
  /// changed, the tree is rebuilt when items came or went.
  void update(const std::vector<TrayMenuItem>& menu);

 private:
  void rebuild(const std::vector<TrayMenuItem>& menu);
  void fill(DbusmenuMenuitem* parent, const std::vector<TrayMenuItem>& items);
  void remember_actions(const std::vector<TrayMenuItem>& items);
  void activated(DbusmenuMenuitem* item);

  DbusmenuServer* server_ = nullptr;
  DbusmenuMenuitem* root_ = nullptr;
  std::function<void(const TrayAction&)> on_action_;
  std::vector<TrayMenuItem> shown_;
  std::map<std::string, DbusmenuMenuitem*> items_;
  std::map<std::string, TrayAction> actions_;
};

}  // namespace unknot
