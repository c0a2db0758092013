// When the daemon opens unknot-ui windows. The break window is a separate
// process (see ui_launcher.hpp): the daemon only says "show the break", the
// window asks for the plan itself over the control socket.
#include "service/break_presenter.hpp"
#include "service/daemon.hpp"
#include "service/ui_windows.hpp"

namespace unknot {

void Daemon::present_in_window(const TimedEvent& event, const Settings& settings) {
  if (settings.breaks.style == BreakStyle::notification) return;
  if (std::holds_alternative<BreakDue>(event.event)) {
    ui_->open(UiRole::break_window, {"break"});
  }
}

void Daemon::open_break_window() {
  ui_->open(UiRole::break_window, {"break"});
  if (ui_->running(UiRole::break_window)) presenter_->window_took_over();
}

}  // namespace unknot
