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

/// The plan result, or null when no break is due or running (or the daemon failed).
nlohmann::json plan_of(const nlohmann::json& reply) {
  if (!reply.value("ok", false)) {
    const auto error = reply.value("error", nlohmann::json::object());
    std::fprintf(stderr, "unknot-ui: plan: %s\n",
                 error.value("message", std::string("no answer")).c_str());
    return nullptr;
  }
  return reply.value("result", nlohmann::json());
}

/// The single-instance lock, shared by the continuations that hold it.
using Lock = std::shared_ptr<wxSingleInstanceChecker>;

// One break window per user at a time: the daemon starts one for a due
// break while the fallback tray (a long-lived unknot-ui) may open its own
// from a click. The lock lives as long as the window; in one process, a
// second request raises the window already shown.
wxWeakRef<BreakWindow>& window_in_this_process() {
  static wxWeakRef<BreakWindow> window;
  return window;
}

Lock lock_break_window() {
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  const wxString dir = runtime != nullptr && *runtime != '\0' ? wxString::FromUTF8(runtime)
                                                              : wxString(wxGetHomeDir());
  auto lock = std::make_shared<wxSingleInstanceChecker>();
  if (!lock->Create(".unknot-break-window-" + wxGetUserId(), dir)) return lock;  // no lock: go on
  if (lock->IsAnotherRunning()) return nullptr;
  return lock;
}

}  // namespace

namespace {

/// True while a window is being fetched: a second click waits for the first.
bool& opening() {
  static bool flag = false;
  return flag;
}

void show_window(DaemonLink& link, const nlohmann::json& plan, Lock lock, const Opened& opened) {
  opening() = false;
  const auto view = read_plan_reply(plan);
  if (!view) {
    std::fputs("unknot-ui: no break to show\n", stderr);
    if (opened) opened(false);
    return;
  }
  auto* window = new BreakWindow(link, *view);
  // The lock goes with the window (a tray process lives on after it).
  window->Bind(wxEVT_DESTROY,
               [held = std::move(lock), window](wxWindowDestroyEvent& event) mutable {
                 if (event.GetEventObject() == window) held.reset();
                 event.Skip();
               });
  window_in_this_process() = window;
  window->present();
  if (opened) opened(true);
}

/// Nothing due: the user asked for a break now. Starts one, then shows its plan.
void start_then_show(DaemonLink& link, BreakKind kind, Lock lock, Opened opened) {
  link.request(nullptr, "break", {{"kind", std::string(to_string(kind))}},
               [&link, lock, opened](const nlohmann::json& started) {
                 if (!started.value("ok", false)) {
                   const auto error = started.value("error", nlohmann::json::object());
                   std::fprintf(stderr, "unknot-ui: break: %s\n",
                                error.value("message", std::string("refused")).c_str());
                   opening() = false;
                   if (opened) opened(false);
                   return;
                 }
                 link.request(nullptr, "plan", nlohmann::json::object(),
                              [&link, lock, opened](const nlohmann::json& reply) {
                                show_window(link, plan_of(reply), lock, opened);
                              });
               });
}

}  // namespace

void open_break_window(DaemonLink& link, std::optional<BreakKind> kind, Opened opened) {
  if (BreakWindow* shown = window_in_this_process()) {
    shown->Raise();
    if (opened) opened(true);
    return;
  }
  if (opening()) {  // the first request's window is on its way
    if (opened) opened(true);
    return;
  }
  Lock lock = lock_break_window();
  if (!lock) {
    std::fputs("unknot-ui: another break window is open\n", stderr);
    if (opened) opened(false);
    return;
  }
  opening() = true;
  const BreakKind wanted = kind.value_or(BreakKind::micro);
  link.request(nullptr, "plan", nlohmann::json::object(),
               [&link, wanted, lock, opened](const nlohmann::json& reply) {
                 const nlohmann::json plan = plan_of(reply);
                 if (plan.is_null())
                   start_then_show(link, wanted, lock, opened);
                 else
                   show_window(link, plan, lock, opened);
               });
}

}  // namespace unknot
