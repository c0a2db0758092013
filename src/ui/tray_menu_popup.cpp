// `unknot-ui menu --at X,Y,W,H`: the tray menu popped at the daemon's own
// XEmbed icon (the daemon carries no toolkit to draw menus). It asks the
// daemon for its status and settings before any window exists, shows the same menu as every other
// tray (core/tray_model.hpp), sends what was chosen and exits once the menu
// closed -- or, for Statistics, Settings and About, once that window closes.
#include <cstdio>

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/menu.h>

#include "platform/clock.hpp"
#include "platform/folder_opener.hpp"
#include "protocol/settings_reply.hpp"
#include "protocol/status_reply.hpp"
#include "protocol/tray_requests.hpp"
#include "ui/daemon_link.hpp"
#include "ui/translations.hpp"
#include "ui/tray_icon_facts.hpp"
#include "ui/tray_menu_wx.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {

using nlohmann::json;

/// A borderless 1x1 frame under the icon: GTK pops menus relative to a window.
class TrayMenuPopup : public wxFrame {
 public:
  TrayMenuPopup(DaemonLink& link, const wxRect& icon)
      : wxFrame(nullptr, wxID_ANY, "Unknot menu", wxPoint(icon.x, icon.y + icon.height),
                wxSize(1, 1),
                wxFRAME_NO_TASKBAR | wxFRAME_TOOL_WINDOW | wxBORDER_NONE | wxSTAY_ON_TOP),
        link_(link) {}

  /// Pops the menu for these replies once the frame is on screen.
  void start(const json& status, const json& settings) {
    status_ = status.get<StatusReply>();
    settings_ = settings.get<SettingsReply>();
    Show();
    CallAfter([this] { pop(); });
  }

 private:
  void pop() {
    const Now now = read_clock();
    const TrayFacts facts = tray_facts_from_json(status_, settings_.values, now);
    wxMenu menu;
    std::vector<TrayAction> actions;
    append_tray_menu(menu,
                     tray_menu(facts, now, day_starts_from_json(settings_.values), ui_translator()),
                     actions);
    const int index = GetPopupMenuSelectionFromUser(menu, wxPoint(0, 0)) - kFirstTrayMenuId;
    if (index < 0 || index >= static_cast<int>(actions.size())) return finish();
    run(actions[static_cast<std::size_t>(index)]);
  }

  void run(const TrayAction& action) {
    Hide();
    if (const auto request = tray_request(action)) {
      // Stay until the daemon has it: leaving at once could drop the request.
      const json wire = *request;
      link_.request(this, std::string(control::to_string(request->command)), wire["args"],
                    [this](const json& reply) {
                      if (!reply.value("ok", false))
                        std::fprintf(stderr, "unknot-ui: %s\n", reply.dump().c_str());
                      finish();
                    });
      return;
    }
    const Opened then_leave = [this](bool) { finish(); };
    switch (action.kind) {
      case TrayActionKind::statistics:
        return open_stats_window(link_, then_leave);
      case TrayActionKind::settings:
        return open_settings_dialog(link_, then_leave);
      case TrayActionKind::about:
        open_about_box(link_);
        break;
      case TrayActionKind::open_routines:
        open_routines_folder();
        break;
      default:
        break;
    }
    finish();
  }

  void open_routines_folder() const {
    std::string error;
    if (!settings_.routines_dir.empty() && !open_folder(settings_.routines_dir, error))
      std::fprintf(stderr, "unknot-ui: could not open %s: %s\n", settings_.routines_dir.c_str(),
                   error.c_str());
  }

  /// Leaves: the process ends with its last window (a window opened from the
  /// menu keeps it).
  void finish() { Destroy(); }

  DaemonLink& link_;
  StatusReply status_;
  SettingsReply settings_;
};

}  // namespace

bool open_tray_menu(DaemonLink& link, int x, int y, int width, int height) {
  // Blocking requests while no window exists yet (start-up): two local round
  // trips of a fraction of a millisecond, where the worker thread and
  // CallAfter would add a turn of the loop each before the menu shows.
  const json status = link.request_now("status");
  const json settings = link.request_now("settings");
  if (!status.value("ok", false) || !settings.value("ok", false)) {
    std::fprintf(stderr, "unknot-ui: no status or settings from the daemon\n");
    return false;
  }
  auto* popup = new TrayMenuPopup(link, wxRect(x, y, width, height));
  popup->start(status["result"], settings["result"]);
  return true;
}

}  // namespace unknot
