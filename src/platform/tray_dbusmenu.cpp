#include "platform/tray_dbusmenu.hpp"

#include <libdbusmenu-glib/menuitem.h>
#include <libdbusmenu-glib/server.h>

namespace unknot {
namespace {

constexpr const char* kIdProperty = "x-unknot-id";

/// The items' ids and types in order: when these match, the tree can stay.
std::string shape_of(const std::vector<TrayMenuItem>& items) {
  std::string shape;
  for (const auto& item : items) {
    shape += item.id + ":" + std::to_string(static_cast<int>(item.type)) + "{";
    shape += shape_of(item.children) + "}";
  }
  return shape;
}

/// Sets the properties that may change between updates; libdbusmenu emits
/// ItemsPropertiesUpdated only for values that differ.
void set_state(DbusmenuMenuitem* entry, const TrayMenuItem& item) {
  if (item.type == TrayMenuItem::Type::separator) return;
  dbusmenu_menuitem_property_set(entry, DBUSMENU_MENUITEM_PROP_LABEL, item.label.c_str());
  dbusmenu_menuitem_property_set_bool(entry, DBUSMENU_MENUITEM_PROP_ENABLED, item.enabled);
  if (item.type == TrayMenuItem::Type::check)
    dbusmenu_menuitem_property_set_int(entry, DBUSMENU_MENUITEM_PROP_TOGGLE_STATE,
                                       item.checked ? DBUSMENU_MENUITEM_TOGGLE_STATE_CHECKED
                                                    : DBUSMENU_MENUITEM_TOGGLE_STATE_UNCHECKED);
}

DbusmenuMenuitem* new_entry(const TrayMenuItem& item) {
  DbusmenuMenuitem* entry = dbusmenu_menuitem_new();
  dbusmenu_menuitem_property_set(entry, kIdProperty, item.id.c_str());
  switch (item.type) {
    case TrayMenuItem::Type::separator:
      dbusmenu_menuitem_property_set(entry, DBUSMENU_MENUITEM_PROP_TYPE, "separator");
      break;
    case TrayMenuItem::Type::check:
      dbusmenu_menuitem_property_set(entry, DBUSMENU_MENUITEM_PROP_TOGGLE_TYPE,
                                     DBUSMENU_MENUITEM_TOGGLE_CHECK);
      break;
    case TrayMenuItem::Type::submenu:
      dbusmenu_menuitem_property_set(entry, DBUSMENU_MENUITEM_PROP_CHILD_DISPLAY,
                                     DBUSMENU_MENUITEM_CHILD_DISPLAY_SUBMENU);
      break;
    case TrayMenuItem::Type::normal:
      break;
  }
  set_state(entry, item);
  return entry;
}

}  // namespace

TrayDbusMenu::TrayDbusMenu(const std::string& object_path,
                           std::function<void(const TrayAction&)> on_action)
    : server_(dbusmenu_server_new(object_path.c_str())), on_action_(std::move(on_action)) {
  root_ = dbusmenu_menuitem_new();
  dbusmenu_server_set_root(server_, root_);
}

TrayDbusMenu::~TrayDbusMenu() {
  for (auto& [id, entry] : items_) g_signal_handlers_disconnect_by_data(entry, this);
  g_object_unref(server_);
  g_object_unref(root_);
}

void TrayDbusMenu::update(const std::vector<TrayMenuItem>& menu) {
  if (menu == shown_) return;
  if (shape_of(menu) != shape_of(shown_)) {
    rebuild(menu);
  } else {
    std::function<void(const std::vector<TrayMenuItem>&)> refresh =
        [&](const std::vector<TrayMenuItem>& items) {
          for (const auto& item : items) {
            if (auto found = items_.find(item.id); found != items_.end())
              set_state(found->second, item);
            refresh(item.children);
          }
        };
    refresh(menu);
  }
  actions_.clear();
  remember_actions(menu);
  shown_ = menu;
}

void TrayDbusMenu::rebuild(const std::vector<TrayMenuItem>& menu) {
  for (auto& [id, entry] : items_) g_signal_handlers_disconnect_by_data(entry, this);
  items_.clear();
  // A fresh root: the server announces one LayoutUpdated for the whole tree.
  DbusmenuMenuitem* old_root = root_;
  root_ = dbusmenu_menuitem_new();
  fill(root_, menu);
  dbusmenu_server_set_root(server_, root_);
  g_object_unref(old_root);
}

void TrayDbusMenu::fill(DbusmenuMenuitem* parent, const std::vector<TrayMenuItem>& items) {
  for (const auto& item : items) {
    DbusmenuMenuitem* entry = new_entry(item);
    items_[item.id] = entry;
    if (item.action) {
      g_signal_connect(entry, DBUSMENU_MENUITEM_SIGNAL_ITEM_ACTIVATED,
                       G_CALLBACK(+[](DbusmenuMenuitem* activated, guint, gpointer self) {
                         static_cast<TrayDbusMenu*>(self)->activated(activated);
                       }),
                       this);
    }
    fill(entry, item.children);
    dbusmenu_menuitem_child_append(parent, entry);
    g_object_unref(entry);  // the parent holds it
  }
}

void TrayDbusMenu::remember_actions(const std::vector<TrayMenuItem>& items) {
  for (const auto& item : items) {
    if (item.action) actions_[item.id] = *item.action;
    remember_actions(item.children);
  }
}

void TrayDbusMenu::activated(DbusmenuMenuitem* item) {
  const char* id = dbusmenu_menuitem_property_get(item, kIdProperty);
  if (!id) return;
  const auto found = actions_.find(id);
  if (found == actions_.end() || !on_action_) return;
  // Later, from the main loop: the handler may rebuild the menu, which must
  // not happen inside the item's own signal emission.
  struct Pending {
    std::function<void(const TrayAction&)> handler;
    TrayAction action;
  };
  g_idle_add_full(
      G_PRIORITY_DEFAULT,
      +[](gpointer data) -> gboolean {
        auto* pending = static_cast<Pending*>(data);
        pending->handler(pending->action);
        return G_SOURCE_REMOVE;
      },
      new Pending{on_action_, found->second},
      +[](gpointer data) { delete static_cast<Pending*>(data); });
}

}  // namespace unknot
