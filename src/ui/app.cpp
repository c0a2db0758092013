#include "ui/app.hpp"

#include <cstdio>

#include <wx/image.h>

#include "client/control_client.hpp"
#include "platform/i18n_paths.hpp"
#include "ui/daemon_link.hpp"
#include "ui/translations.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {
UiOptions g_options;  // set once by main(), before wx starts
constexpr int kExitNotRunning = 3;
}  // namespace

UiApp::UiApp() = default;
UiApp::~UiApp() = default;

void UiApp::set_options(UiOptions options) { g_options = std::move(options); }

bool UiApp::OnInit() {
  SetAppName("unknot");
  SetAppDisplayName("Unknot");
  setup_ui_translations(environment_languages());
  wxInitAllImageHandlers();
  const auto socket = g_options.socket.empty() ? default_control_socket_path() : g_options.socket;
  link_ = std::make_unique<DaemonLink>(socket);
  const nlohmann::json hello = link_->request_now("status");
  if (!hello.value("ok", false)) {
    std::fprintf(stderr, "unknot-ui: the Unknot daemon is not running (%s)\n", socket.c_str());
    exit_code_ = kExitNotRunning;
    return false;
  }
  // The windows that need the daemon's figures first open in a continuation;
  // when they cannot, the process ends with status 1 once the loop runs.
  const Opened or_exit = [this](bool shown) {
    if (shown) return;
    exit_code_ = 1;
    ExitMainLoop();
  };
  bool shown = true;
  switch (g_options.mode) {
    case UiOptions::Mode::break_window:
      open_break_window(*link_, g_options.kind, or_exit);
      break;
    case UiOptions::Mode::settings:
      open_settings_dialog(*link_, or_exit);
      break;
    case UiOptions::Mode::stats:
      open_stats_window(*link_, or_exit);
      break;
    case UiOptions::Mode::status:
      shown = open_status_popover(*link_);
      break;
    case UiOptions::Mode::about:
      shown = open_about_box(*link_);
      break;
    case UiOptions::Mode::tray:
      // A tray icon is not a window: stay until the daemon goes away.
      SetExitOnFrameDelete(false);
      shown = start_tray_icon(*link_);
      break;
    case UiOptions::Mode::menu:
      shown = open_tray_menu(*link_, g_options.menu_at[0], g_options.menu_at[1],
                             g_options.menu_at[2], g_options.menu_at[3]);
      break;
    case UiOptions::Mode::help:
    case UiOptions::Mode::version:
    case UiOptions::Mode::figure:
      break;  // handled by main()
  }
  if (!shown) exit_code_ = 1;
  return shown;
}

int UiApp::OnRun() {
  wxApp::OnRun();
  return exit_code_;
}

int UiApp::OnExit() {
  link_.reset();  // joins the link's threads before wx goes away
  return wxApp::OnExit();
}

}  // namespace unknot
