#pragma once
// One private X server (Xvfb) and one wx app for the whole test binary: GTK
// starts only once, so every windowed test file shares this session.
#include <chrono>
#include <thread>

#include <wx/app.h>
#include <wx/init.h>
#include <wx/window.h>

#include "support/desktop_session.hpp"

namespace unknot::test {

struct WxSession {
  DesktopSession desktop{DesktopOptions{true, false}};
  WxSession() {
    static int argc = 1;
    static char name[] = "unknot_tests_ui";
    static char* argv[] = {name, nullptr};
    if (wxTheApp == nullptr) {
      wxApp::SetInstance(new wxApp());
      wxEntryStart(argc, argv);
      wxTheApp->CallOnInit();
    }
  }
  ~WxSession() { wxEntryCleanup(); }
};

/// Starts the session on first use; it ends when the binary exits.
inline void ensure_wx() { static WxSession session; }

/// Lets wx handle what is queued (layout, sizes, pending calls), ~100 ms.
inline void settle() {
  using namespace std::chrono_literals;
  for (int i = 0; i < 20; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxTheApp->ProcessIdle();
    std::this_thread::sleep_for(5ms);
  }
}

/// The descendant of `window` named `name`, as type T (nullptr if none).
template <typename T>
T* child(wxWindow* window, const char* name) {
  return dynamic_cast<T*>(wxWindow::FindWindowByName(name, window));
}

}  // namespace unknot::test
