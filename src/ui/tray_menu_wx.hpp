#pragma once
// The shared tray menu (core/tray_model.hpp) as a wxMenu, for both menus
// unknot-ui shows: the fallback tray's (`--tray`) and the one popped at the
// daemon's own XEmbed icon (`menu --at`).
#include <string>
#include <vector>

#include <wx/menu.h>

#include "core/tray_model.hpp"

namespace unknot {

/// The id of the first item; item `i` of `actions` has id kFirstTrayMenuId + i.
constexpr int kFirstTrayMenuId = wxID_HIGHEST + 100;

/// The model marks mnemonics GTK-style ("_"); wx wants "&".
wxString tray_menu_label(const std::string& label);

/// Appends `items` to `menu`; the action of each item lands in `actions`, at
/// its id's index.
void append_tray_menu(wxMenu& menu, const std::vector<TrayMenuItem>& items,
                      std::vector<TrayAction>& actions);

}  // namespace unknot
