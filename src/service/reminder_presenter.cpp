#include "service/reminder_presenter.hpp"

#include "platform/i18n.hpp"
#include "platform/log.hpp"

namespace unknot {

ReminderPresenter::ReminderPresenter(Notifier& notifier, AnswerHandler on_answer)
    : notifier_(notifier), on_answer_(std::move(on_answer)) {
  notifier_.on_action([this](std::string key) { on_action(key); });
  notifier_.on_closed([this](std::uint32_t reason) { on_closed(reason); });
}

void ReminderPresenter::on_event(const ReminderEvent& event) {
  if (const auto* due = std::get_if<ReminderDue>(&event)) {
    Notification n;
    n.summary = due->title;
    n.body = due->body;
    n.actions = {{"done", _("Done")}, {"snooze", _("Snooze")}};
    n.no_actions_hint = "Answer with: unknotctl remind " + due->id + " done | snooze";
    n.category = "x-unknot.reminder";
    n.icon = icon_;
    n.expire_timeout_ms = 0;  // it waits for an answer, like a break prompt
    notifier_.show(n);
    shown_ = due->id;
    return;
  }
  const std::string& id = std::holds_alternative<ReminderHidden>(event)
                              ? std::get<ReminderHidden>(event).id
                              : std::get<ReminderAnswered>(event).id;
  if (shown_ == id) {
    shown_.reset();
    notifier_.close();
  }
}

void ReminderPresenter::on_action(const std::string& key) {
  if (!shown_) return;
  const std::string id = *shown_;
  if (key == "done" || key == "default")
    on_answer_(id, ReminderOutcome::done);
  else if (key == "snooze")
    on_answer_(id, ReminderOutcome::snoozed);
  else
    log_warn("reminder notification: unknown action '" + key + "'");
}

void ReminderPresenter::on_closed(std::uint32_t reason) {
  // Dismissed unanswered means "not now", as for a break prompt.
  if (reason == close_reason::dismissed && shown_) {
    const std::string id = *shown_;
    shown_.reset();
    on_answer_(id, ReminderOutcome::snoozed);
  }
}

}  // namespace unknot
