#include "ui/tray_menu_wx.hpp"

namespace unknot {

wxString tray_menu_label(const std::string& label) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '&')
      out += "&&";
    else if (label[i] == '_' && i + 1 < label.size() && label[i + 1] == '_')
      out += label[i++];
    else if (label[i] == '_')
      out += '&';
    else
      out += label[i];
  }
  return wxString::FromUTF8(out);
}

void append_tray_menu(wxMenu& menu, const std::vector<TrayMenuItem>& items,
                      std::vector<TrayAction>& actions) {
  for (const TrayMenuItem& item : items) {
    if (item.type == TrayMenuItem::Type::separator) {
      menu.AppendSeparator();
      continue;
    }
    if (item.type == TrayMenuItem::Type::submenu) {
      auto* sub = new wxMenu;
      append_tray_menu(*sub, item.children, actions);
      menu.AppendSubMenu(sub, tray_menu_label(item.label))->Enable(item.enabled);
      continue;
    }
    const int id = kFirstTrayMenuId + static_cast<int>(actions.size());
    actions.push_back(item.action.value_or(TrayAction{}));
    wxMenuItem* added = item.type == TrayMenuItem::Type::check
                            ? menu.AppendCheckItem(id, tray_menu_label(item.label))
                            : menu.Append(id, tray_menu_label(item.label));
    if (item.type == TrayMenuItem::Type::check) added->Check(item.checked);
    added->Enable(item.enabled && item.action.has_value());
  }
}

}  // namespace unknot
