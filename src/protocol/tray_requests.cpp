#include "protocol/tray_requests.hpp"

#include <chrono>

namespace unknot {
namespace {

nlohmann::json command(const char* cmd, nlohmann::json args = nlohmann::json::object()) {
  return nlohmann::json{{"cmd", cmd}, {"args", std::move(args)}};
}

}  // namespace

std::optional<nlohmann::json> tray_request(const TrayAction& action) {
  using std::chrono::duration_cast;
  using std::chrono::seconds;
  switch (action.kind) {
    case TrayActionKind::take_break:
      return command("break", {{"kind", to_string(action.break_kind.value_or(BreakKind::micro))}});
    case TrayActionKind::pause_for:
      return command("pause", {{"duration_s", duration_cast<seconds>(action.duration).count()}});
    case TrayActionKind::pause_until:
      return command("pause", {{"until", action.until}});
    case TrayActionKind::pause:
      return command("pause");
    case TrayActionKind::meeting:
      return command("meeting", {{"on", action.on}});
    case TrayActionKind::resume:
      return command("resume");
    case TrayActionKind::snooze:
      return command("snooze");
    case TrayActionKind::skip:
      return command("skip");
    case TrayActionKind::focus_area:
      return command("settings", {{"set", {{"exercises", {{"focus_areas", action.focus_areas}}}}}});
    case TrayActionKind::quit:
      return command("quit");
    case TrayActionKind::statistics:
    case TrayActionKind::settings:
    case TrayActionKind::open_routines:
    case TrayActionKind::about:
    case TrayActionKind::activate:
      break;
  }
  return std::nullopt;
}

}  // namespace unknot
