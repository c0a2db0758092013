#pragma once
// The wx application: checks the daemon is there, opens the one window the
// command line asks for, and exits when the last window closes (the tray
// fallback instead stays until the daemon goes away).
#include <memory>

#include <wx/app.h>

#include "ui/ui_options.hpp"

namespace unknot {

class DaemonLink;

class UiApp : public wxApp {
 public:
  /// Set by main() before wxEntry: what to open.
  static void set_options(UiOptions options);

  UiApp();
  ~UiApp() override;

  bool OnInit() override;
  int OnExit() override;
  int OnRun() override;

 private:
  std::unique_ptr<DaemonLink> link_;
  int exit_code_ = 0;
};

}  // namespace unknot
