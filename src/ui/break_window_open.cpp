// `unknot-ui break [micro|rest]`: finds the break to show (starting one when
// none is due) and opens its window.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <wx/defs.h>  // wxUSE_SNGLINST_CHECKER, before snglinst.h
#include <wx/snglinst.h>
#include <wx/utils.h>
#include <wx/weakref.h>

#include "ui/break_window.hpp"
#include "ui/daemon_link.hpp"
#include "ui/windows.hpp"

namespace unknot {

namespace {

// The plan, or null when no break is due or running (or the daemon failed).
nlohmann::json fetch_plan(DaemonLink& link) {
  const nlohmann::json reply = link.request_now("plan");
  if (!reply.value("ok", false)) {
    const auto error = reply.value("error", nlohmann::json::object());
    std::fprintf(stderr, "unknot-ui: plan: %s\n",
                 error.value("message", std::string("no answer")).c_str());
    return nullptr;
  }
  return reply.value("result", nlohmann::json());
}

// One break window per user at a time: the daemon starts one for a due
// break while the fallback tray (a long-lived unknot-ui) may open its own
// from a click. The lock lives as long as the window; in one process, a
// second request raises the window already shown.
wxWeakRef<BreakWindow>& window_in_this_process() {
  static wxWeakRef<BreakWindow> window;
  return window;
}

std::unique_ptr<wxSingleInstanceChecker> lock_break_window() {
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  const wxString dir = runtime != nullptr && *runtime != '\0' ? wxString::FromUTF8(runtime)
                                                              : wxString(wxGetHomeDir());
  auto lock = std::make_unique<wxSingleInstanceChecker>();
  if (!lock->Create(".unknot-break-window-" + wxGetUserId(), dir)) return lock;  // no lock: go on
  if (lock->IsAnotherRunning()) return nullptr;
  return lock;
}

}  // namespace

bool open_break_window(DaemonLink& link, std::optional<BreakKind> kind) {
  if (BreakWindow* shown = window_in_this_process()) {
    shown->Raise();
    return true;
  }
  auto lock = lock_break_window();
  if (!lock) {
    std::fputs("unknot-ui: another break window is open\n", stderr);
    return false;
  }
  nlohmann::json plan = fetch_plan(link);
  if (plan.is_null()) {
    // Nothing due: the user asked for a break now.
    const std::string wanted(to_string(kind.value_or(BreakKind::micro)));
    const nlohmann::json started = link.request_now("break", {{"kind", wanted}});
    if (!started.value("ok", false)) {
      const auto error = started.value("error", nlohmann::json::object());
      std::fprintf(stderr, "unknot-ui: break: %s\n",
                   error.value("message", std::string("refused")).c_str());
      return false;
    }
    plan = fetch_plan(link);
  }
  const auto view = parse_break_view(plan);
  if (!view) {
    std::fputs("unknot-ui: no break to show\n", stderr);
    return false;
  }
  auto* window = new BreakWindow(link, *view);
  // The lock goes with the window (a tray process lives on after it).
  window->Bind(wxEVT_DESTROY, [held = std::shared_ptr<wxSingleInstanceChecker>(std::move(lock)),
                               window](wxWindowDestroyEvent& event) mutable {
    if (event.GetEventObject() == window) held.reset();
    event.Skip();
  });
  window_in_this_process() = window;
  window->present();
  return true;
}

}  // namespace unknot
