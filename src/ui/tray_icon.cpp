// `unknot-ui --tray`: an X11 tray icon (wxTaskBarIcon) for desktops without a
// StatusNotifierItem host. It draws the same model as the daemon's own tray
// item (core/tray_model.hpp) and sends the same requests (protocol/tray_requests).
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <wx/app.h>
#include <wx/bmpbndl.h>
#include <wx/menu.h>
#include <wx/taskbar.h>
#include <wx/timer.h>
#include <wx/utils.h>

#include "platform/clock.hpp"
#include "platform/folder_opener.hpp"
#include "protocol/settings_reply.hpp"
#include "protocol/tray_requests.hpp"
#include "ui/daemon_link.hpp"
#include "ui/translations.hpp"
#include "ui/tray_icon_facts.hpp"
#include "ui/tray_menu_wx.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// The countdown in the tooltip moves by minutes; the daemon pushes only
/// real changes, so the tray asks again this often.
constexpr int kRefreshMs = 20'000;

/// The icon theme folder: installed beside the binary, else the source tree's.
fs::path icon_root() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path installed = exe.parent_path().parent_path() / "share/icons";
  if (!ec && fs::exists(installed / "hicolor/scalable/apps/io.github.unknot.Unknot.svg"))
    return installed;
  return UNKNOT_SOURCE_ICONS_DIR;
}

/// The state icon's SVG; the app icon until the state icons exist.
fs::path icon_file(const std::string& name) {
  const fs::path root = icon_root() / "hicolor/scalable";
  const fs::path state = root / "status" / (name + ".svg");
  if (fs::exists(state)) return state;
  return root / "apps/io.github.unknot.Unknot.svg";
}

class FallbackTray;
FallbackTray* g_tray = nullptr;  // for the SIGTERM handler; UI thread only

class FallbackTray : public wxTaskBarIcon {
 public:
  explicit FallbackTray(DaemonLink& link) : link_(link), timer_(this) {
    Bind(wxEVT_MENU, &FallbackTray::on_menu, this);
    Bind(wxEVT_TASKBAR_LEFT_DOWN, [this](wxTaskBarIconEvent&) { run(TrayAction{}); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh(); });
  }

  void start() {
    link_.watch(
        this, [this](const json& status) { show_status(status); }, [] { quit(); });
    refresh();
    timer_.Start(kRefreshMs);
  }

  /// Leaves the tray and ends the process (daemon gone, SIGTERM).
  static void quit() {
    if (g_tray != nullptr) {
      g_tray->timer_.Stop();
      g_tray->RemoveIcon();
      g_tray->Destroy();
      g_tray = nullptr;
    }
    if (wxTheApp != nullptr) wxTheApp->ExitMainLoop();
  }

 private:
  wxMenu* CreatePopupMenu() override {
    actions_.clear();
    auto* menu = new wxMenu;
    append_tray_menu(
        *menu,
        tray_menu(facts(), read_clock(), day_starts_from_json(settings_.values), ui_translator()),
        actions_);
    return menu;
  }

  void on_menu(wxCommandEvent& event) {
    const int index = event.GetId() - kFirstTrayMenuId;
    if (index < 0 || index >= static_cast<int>(actions_.size())) return;
    run(actions_[static_cast<std::size_t>(index)]);
  }

  void run(const TrayAction& action) {
    if (const auto request = tray_request(action)) {
      link_.send(*request);
      refresh();  // queued behind the command, so it sees its effect
      return;
    }
    switch (action.kind) {
      case TrayActionKind::statistics:
        open_stats_window(link_);
        break;
      case TrayActionKind::settings:
        open_settings_dialog(link_);
        break;
      case TrayActionKind::about:
        open_about_box(link_);
        break;
      case TrayActionKind::open_routines:
        open_routines_folder();
        break;
      case TrayActionKind::activate:
        activate();
        break;
      default:
        break;
    }
  }

  void activate() {
    const Status& status = status_.status;
    if (status.break_due || status.on_break)
      open_break_window(link_, std::nullopt);
    else
      open_status_popover(link_);
  }

  void open_routines_folder() {
    if (settings_.routines_dir.empty()) return;
    std::string error;
    if (!open_folder(settings_.routines_dir, error))
      std::fprintf(stderr, "unknot-ui: could not open %s: %s\n", settings_.routines_dir.c_str(),
                   error.c_str());
  }

  void refresh() {
    link_.request(this, "status", json::object(), [this](const json& reply) {
      if (reply.value("ok", false)) show_status(reply["result"]);
    });
    link_.request(this, "settings", json::object(), [this](const json& reply) {
      if (!reply.value("ok", false)) return;
      settings_ = reply["result"].get<SettingsReply>();
      redraw();
    });
  }

  void show_status(const json& status) {
    status_ = status.get<StatusReply>();
    redraw();
  }

  [[nodiscard]] TrayFacts facts() const {
    return tray_facts_from_json(status_, settings_.values, read_clock());
  }

  void redraw() {
    const TrayView view = tray_view(facts(), read_clock(), ui_translator());
    const wxString tooltip = wxString::FromUTF8(view.tooltip);
    if (view.icon_name == shown_icon_ && tooltip == shown_tooltip_) return;
    const fs::path file = icon_file(view.icon_name);
    SetIcon(wxBitmapBundle::FromSVGFile(file.string(), wxSize(22, 22)), tooltip);
    shown_icon_ = view.icon_name;
    shown_tooltip_ = tooltip;
  }

  DaemonLink& link_;
  wxTimer timer_;
  StatusReply status_;
  SettingsReply settings_;
  std::vector<TrayAction> actions_;  ///< by menu id, rebuilt with each menu
  std::string shown_icon_;
  wxString shown_tooltip_;
};

}  // namespace

bool start_tray_icon(DaemonLink& link) {
  // Without a tray yet the icon still docks when one starts later.
  if (!wxTaskBarIcon::IsAvailable())
    std::fputs("unknot-ui: no system tray on this display yet\n", stderr);
  g_tray = new FallbackTray(link);
  // The daemon sends SIGTERM when a StatusNotifierItem host appears.
  wxTheApp->SetSignalHandler(SIGTERM, [](int) { FallbackTray::quit(); });
  g_tray->start();
  return true;
}

}  // namespace unknot
