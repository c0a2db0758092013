// The daemon's answers to control requests: every front end (unknotctl,
// unknot-ui, the tray menu, notification buttons) ends up here, through one
// table with a row per command of the protocol.
#include <utility>

#include <algorithm>

#include <boost/asio/post.hpp>

#include "history/history_store.hpp"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "protocol/status_reply.hpp"
#include "service/break_presenter.hpp"
#include "service/daemon.hpp"
#include "service/manual_meeting.hpp"

namespace unknot {

namespace {
using control::Command;
using control::ErrorCode;
using control::Reply;

Reply from_result(const CommandResult& result) {
  return result.ok ? Reply::success() : Reply::failure(ErrorCode::refused, result.error);
}

std::optional<Duration> duration_of(const control::Request& request) {
  return request.duration ? std::optional<Duration>(*request.duration) : std::nullopt;
}
}  // namespace

const std::array<Daemon::CommandRow, 15>& Daemon::command_table() {
  static const std::array<CommandRow, 15> table{{
      {Command::status, &Daemon::answer_status},
      {Command::pause, &Daemon::answer_pause},
      {Command::resume, &Daemon::answer_resume},
      {Command::start_break, &Daemon::answer_break},
      {Command::snooze, &Daemon::answer_snooze},
      {Command::skip, &Daemon::answer_skip},
      {Command::done, &Daemon::answer_done},
      {Command::meeting, &Daemon::answer_meeting},
      {Command::reload, &Daemon::answer_reload},
      {Command::stats, &Daemon::answer_stats},
      {Command::watch, &Daemon::answer_status},
      {Command::quit, &Daemon::answer_quit},
      {Command::plan, &Daemon::answer_plan},
      {Command::settings, &Daemon::answer_settings},
      {Command::remind, &Daemon::answer_remind},
  }};
  return table;
}

void Daemon::handle(const control::Request& request, Responder respond) {
  const auto& table = command_table();
  const auto row = std::find_if(table.begin(), table.end(),
                                [&](const CommandRow& r) { return r.command == request.command; });
  if (row == table.end())
    return respond(Reply::failure(ErrorCode::unknown_command, "no answer for this command"));
  step([&](const Now& now) { (this->*row->answer)(request, now, respond); });
}

void Daemon::answer_status(const control::Request& request, const Now& now, Responder& respond) {
  StatusReply status = status_reply(now, current_status(now));
  // Time since the last input, for the break window (it takes the keyboard
  // only once the user has stopped typing). Not in watch pushes: it changes
  // every second.
  if (request.command == Command::status) status.idle = parts_.idle->idle_time();
  respond(Reply::success(status));
}

void Daemon::answer_pause(const control::Request& request, const Now& now, Responder& respond) {
  std::optional<WallTime> until;
  if (request.until) {
    until = next_local_time(*request.until, now.wall);
    if (!until) return respond(Reply::failure(ErrorCode::bad_request, "invalid time of day"));
  }
  if (request.meeting) {
    // "I'm in a meeting": prompts stop, sitting time keeps counting.
    std::optional<Duration> length = duration_of(request);
    if (until) length = *until - now.wall;
    manual_meeting_->begin(length);
    return respond(Reply::success());
  }
  if (until) return respond(from_result(engine_.pause_until(*until, now)));
  respond(from_result(engine_.pause_for(duration_of(request), now)));
}

void Daemon::answer_resume(const control::Request&, const Now& now, Responder& respond) {
  bool resumed = manual_meeting_->end();
  if (engine_.status(now).paused) {
    const CommandResult result = engine_.resume(now);
    if (!result.ok) return respond(from_result(result));
    resumed = true;
  }
  respond(resumed ? Reply::success() : Reply::failure(ErrorCode::refused, "not paused"));
}

void Daemon::answer_break(const control::Request& request, const Now& now, Responder& respond) {
  respond(from_result(engine_.start_break(request.kind, now)));
}

void Daemon::answer_snooze(const control::Request& request, const Now& now, Responder& respond) {
  respond(from_result(engine_.snooze(duration_of(request), now)));
}

void Daemon::answer_skip(const control::Request&, const Now& now, Responder& respond) {
  answer_once_recorded(engine_.skip(now), now, respond);
}

void Daemon::answer_done(const control::Request&, const Now& now, Responder& respond) {
  answer_once_recorded(engine_.done(now), now, respond);
}

void Daemon::answer_once_recorded(const CommandResult& result, const Now& now, Responder& respond) {
  if (!result.ok) return respond(from_result(result));
  // The outcome is queued by drain() (the break's end event); the reply waits
  // for the writer's commit, so an outcome the client saw acknowledged
  // survives kill -9. The writer posts back: the loop never waits.
  drain(now);
  parts_.history->after_pending(
      [this, respond] { boost::asio::post(io_, [respond] { respond(Reply::success()); }); });
}

void Daemon::answer_meeting(const control::Request& request, const Now&, Responder& respond) {
  if (request.on)
    manual_meeting_->begin();
  else
    manual_meeting_->end();
  respond(Reply::success());
}

void Daemon::answer_reload(const control::Request&, const Now&, Responder& respond) {
  const LiveConfig::ReloadResult result = reload_config(false);
  if (result.ok()) return respond(Reply::success());
  std::string message = describe(result.config, true);
  if (message.empty())  // errors in routine files only
    message = "the routine files have errors; the exercises in force stay as they were";
  message += ":";
  for (const auto& d : result.diagnostics)
    if (d.severity == Diagnostic::Severity::error) message += "\n" + d.to_string();
  respond(Reply::failure(ErrorCode::refused, message));
}

void Daemon::answer_quit(const control::Request&, const Now&, Responder& respond) {
  respond(Reply::success());
  // Answer first: stop once the reply is on its way.
  boost::asio::post(io_, [this] { shutdown(); });
}

void Daemon::on_answer(BreakAnswer answer) {
  step([&](const Now& now) {
    CommandResult result;
    switch (answer) {
      case BreakAnswer::start:
        result = engine_.start_break(std::nullopt, now);
        break;
      case BreakAnswer::snooze:
        result = engine_.snooze(std::nullopt, now);
        break;
      case BreakAnswer::skip:
        result = engine_.skip(now);
        break;
      case BreakAnswer::done:
        result = engine_.done(now);
        break;
    }
    if (!result.ok) log_info("notification answer refused: " + result.error);
    if (answer == BreakAnswer::start && result.ok) open_break_window();
  });
}

}  // namespace unknot
