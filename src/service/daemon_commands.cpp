// The daemon's answers to control requests: every front end (unknotctl,
// unknot-ui, the tray menu, notification buttons) ends up here.
#include <utility>

#include <boost/asio/post.hpp>

#include "history/history_dates.hpp"
#include "history/history_store.hpp"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "protocol/stats_reply.hpp"
#include "protocol/status_reply.hpp"
#include "service/break_presenter.hpp"
#include "service/daemon.hpp"

namespace unknot {

namespace {
using control::ErrorCode;
using control::Reply;
constexpr const char* kManualSource = "manual";

Reply from_result(const CommandResult& result) {
  return result.ok ? Reply::success() : Reply::failure(ErrorCode::refused, result.error);
}
}  // namespace

control::Reply Daemon::handle(const control::Request& request) {
  const Now now = read_clock();
  poll_input(now);
  engine_.advance(now);
  Reply reply;
  switch (request.command) {
    case control::Command::status:
    case control::Command::watch: {
      StatusReply status{engine_.status(now), std::string(idle_->name()), now.utc_offset, {}};
      // Time since the last input, for the break window (it takes the
      // keyboard only once the user has stopped typing). Not in watch pushes:
      // it changes every second.
      if (request.command == control::Command::status) status.idle = idle_->idle_time();
      reply = Reply::success(status);
      break;
    }
    case control::Command::pause:
      reply = handle_pause(request, now);
      break;
    case control::Command::resume:
      reply = handle_resume(now);
      break;
    case control::Command::start_break:
      reply = from_result(engine_.start_break(request.kind, now));
      break;
    case control::Command::snooze:
      reply = from_result(engine_.snooze(
          request.duration ? std::optional<Duration>(*request.duration) : std::nullopt, now));
      break;
    case control::Command::skip:
      reply = from_result(engine_.skip(now));
      break;
    case control::Command::done:
      reply = from_result(engine_.done(now));
      break;
    case control::Command::meeting:
      if (request.on) {
        engine_.meeting_started(kManualSource, now);
        manual_meeting_ = true;
      } else if (manual_meeting_) {
        engine_.meeting_stopped(kManualSource, now);
        manual_meeting_ = false;
        manual_meeting_timer_.cancel();
      }
      reply = Reply::success();
      break;
    case control::Command::reload:
      reply = handle_reload();
      break;
    case control::Command::stats:
      reply = handle_stats(request, now);
      break;
    case control::Command::plan:
      reply = handle_plan(now);
      break;
    case control::Command::settings:
      reply = handle_settings(request);
      break;
    case control::Command::quit:
      reply = Reply::success();
      // Answer first: stop once the reply is on its way.
      boost::asio::post(io_, [this] { shutdown(); });
      return reply;
  }
  schedule(now, drain(now));
  return reply;
}

control::Reply Daemon::handle_pause(const control::Request& request, const Now& now) {
  if (request.meeting) {
    // "I'm in a meeting": prompts stop, sitting time keeps counting.
    if (request.until || request.duration) {
      Duration length{};
      if (request.until) {
        const auto until = next_local_time(*request.until, now.wall);
        if (!until) return Reply::failure(ErrorCode::bad_request, "invalid time of day");
        length = *until - now.wall;
      } else {
        length = *request.duration;
      }
      end_manual_meeting_at(length);
    }
    if (!manual_meeting_) engine_.meeting_started(kManualSource, now);
    manual_meeting_ = true;
    return Reply::success();
  }
  if (request.until) {
    const auto until = next_local_time(*request.until, now.wall);
    if (!until) return Reply::failure(ErrorCode::bad_request, "invalid time of day");
    return from_result(engine_.pause_until(*until, now));
  }
  return from_result(engine_.pause_for(
      request.duration ? std::optional<Duration>(*request.duration) : std::nullopt, now));
}

void Daemon::end_manual_meeting_at(Duration after) {
  manual_meeting_timer_.expires_after(after);
  manual_meeting_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec || !manual_meeting_) return;
    const Now now = read_clock();
    engine_.meeting_stopped(kManualSource, now);
    manual_meeting_ = false;
    engine_.advance(now);
    schedule(now, drain(now));
  });
}

control::Reply Daemon::handle_resume(const Now& now) {
  bool resumed = false;
  if (manual_meeting_) {
    engine_.meeting_stopped(kManualSource, now);
    manual_meeting_ = false;
    manual_meeting_timer_.cancel();
    resumed = true;
  }
  if (engine_.status(now).paused) {
    const CommandResult result = engine_.resume(now);
    if (!result.ok) return from_result(result);
    resumed = true;
  }
  return resumed ? Reply::success() : Reply::failure(ErrorCode::refused, "not paused");
}

control::Reply Daemon::handle_stats(const control::Request& request, const Now& now) {
  const int days = request.days.value_or(7);
  // The figures include what happened a moment ago, but a full disk must not
  // stall the loop: wait a little, then answer from what is committed.
  history_->flush(std::chrono::milliseconds{200});
  const std::string today = history_date(now, config_.settings().daily.day_starts);
  // The statistics window charts the body areas worked in the same period.
  const auto from = add_days(today, 1 - days);
  const StatsReply reply =
      make_stats_reply(history_->query_days(days, today),
                       from ? history_->areas_worked(*from, today) : std::vector<AreaCount>{});
  return Reply::success(reply);
}

control::Reply Daemon::handle_reload() {
  Diagnostics diagnostics;
  reload_config(false, &diagnostics);
  if (!has_errors(diagnostics)) return Reply::success();
  std::string message = "the config has errors; the previous settings stay in force:";
  for (const auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::error) message += "\n" + d.to_string();
  return Reply::failure(ErrorCode::refused, message);
}

void Daemon::on_answer(BreakAnswer answer) {
  const Now now = read_clock();
  engine_.advance(now);
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
  schedule(now, drain(now));
}

}  // namespace unknot
