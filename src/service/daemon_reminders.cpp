// The [[reminder]]s in the daemon: advanced after the engine on every step,
// shown through their own notification, answered with `unknotctl remind`.
#include "platform/log.hpp"
#include "service/daemon.hpp"
#include "service/reminder_presenter.hpp"

namespace unknot {

namespace {
using control::ErrorCode;
using control::Reply;
}  // namespace

void Daemon::start_reminders() {
  if (parts_.reminder_notifier) {
    reminder_presenter_ = std::make_unique<ReminderPresenter>(
        *parts_.reminder_notifier, [this](const std::string& id, ReminderOutcome outcome) {
          on_reminder_answer(id, outcome);
        });
    reminder_presenter_->set_icon(parts_.notification_icon);
  }
  const Now now = parts_.clock();
  reminders_.apply(config_.settings().reminders, reminder_facts(engine_.status(now), now));
}

Status Daemon::current_status(const Now& now) const {
  Status status = engine_.status(now);
  status.reminders = reminders_.status(reminder_facts(status, now));
  return status;
}

bool Daemon::advance_reminders(const Now& now, const Status& engine_status) {
  reminders_.advance(reminder_facts(engine_status, now));
  const std::vector<ReminderEvent> events = reminders_.take_events();
  for (const ReminderEvent& event : events) {
    if (const auto* due = std::get_if<ReminderDue>(&event))
      log_info("reminder " + due->id + " due");
    else if (const auto* answered = std::get_if<ReminderAnswered>(&event))
      log_info("reminder " + answered->id + " " + std::string(to_string(answered->outcome)));
    if (reminder_presenter_) reminder_presenter_->on_event(event);
  }
  return !events.empty();
}

void Daemon::answer_remind(const control::Request& request, const Now& now, Responder& respond) {
  // Checked here: the wire only knows `reminder` is an object, if given.
  const nlohmann::json& args = request.values;
  auto text = [&](const char* key) {
    return args.is_object() && args.contains(key) && args[key].is_string()
               ? args[key].get<std::string>()
               : std::string();
  };
  const std::string id = text("id");
  const std::string answer = text("answer");
  if (id.empty() || (answer != "done" && answer != "snooze"))
    return respond(Reply::failure(ErrorCode::bad_request,
                                  "reminder: expected {\"id\": ID, \"answer\": \"done\" | "
                                  "\"snooze\"}"));
  const ReminderFacts facts = reminder_facts(engine_.status(now), now);
  const Duration snooze =
      request.duration ? Duration(*request.duration) : config_.settings().snooze.duration;
  const CommandResult result =
      answer == "done" ? reminders_.done(id, facts) : reminders_.snooze(id, snooze, facts);
  respond(result.ok ? Reply::success() : Reply::failure(ErrorCode::refused, result.error));
}

void Daemon::on_reminder_answer(const std::string& id, ReminderOutcome outcome) {
  step([&](const Now& now) {
    const ReminderFacts facts = reminder_facts(engine_.status(now), now);
    const CommandResult result =
        outcome == ReminderOutcome::done
            ? reminders_.done(id, facts)
            : reminders_.snooze(id, config_.settings().snooze.duration, facts);
    if (!result.ok) log_info("reminder answer refused: " + result.error);
  });
}

}  // namespace unknot
