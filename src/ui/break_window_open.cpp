// `unknot-ui break [micro|rest]`: finds the break to show (starting one when
// none is due) and opens its window.
#include <cstdio>
#include <string>

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

}  // namespace

bool open_break_window(DaemonLink& link, std::optional<BreakKind> kind) {
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
  window->present();
  return true;
}

}  // namespace unknot
