#include "protocol/tray_requests.hpp"

#include <chrono>

#include "core/time_text.hpp"

namespace unknot {

std::optional<control::Request> tray_request(const TrayAction& action) {
  using control::Command;
  using control::Request;
  switch (action.kind) {
    case TrayActionKind::take_break: {
      Request request = Request::of(Command::start_break);
      request.kind = action.break_kind.value_or(BreakKind::micro);
      return request;
    }
    case TrayActionKind::pause_for: {
      Request request = Request::of(Command::pause);
      request.duration = std::chrono::duration_cast<std::chrono::seconds>(action.duration);
      return request;
    }
    case TrayActionKind::pause_until: {
      Request request = Request::of(Command::pause);
      request.until = parse_time_of_day(action.until);
      if (!request.until) return std::nullopt;  // the menu offers only valid times
      return request;
    }
    case TrayActionKind::pause:
      return Request::of(Command::pause);
    case TrayActionKind::meeting: {
      Request request = Request::of(Command::meeting);
      request.on = action.on;
      return request;
    }
    case TrayActionKind::resume:
      return Request::of(Command::resume);
    case TrayActionKind::snooze:
      return Request::of(Command::snooze);
    case TrayActionKind::skip:
      return Request::of(Command::skip);
    case TrayActionKind::focus_area: {
      Request request = Request::of(Command::settings);
      request.values = {{"exercises", {{"focus_areas", action.focus_areas}}}};
      return request;
    }
    case TrayActionKind::quit:
      return Request::of(Command::quit);
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
