#include "service/break_presenter.hpp"

#include "platform/log.hpp"
#include "service/break_message.hpp"

namespace unknot {

BreakPresenter::BreakPresenter(Notifier& notifier, const Library& library, std::uint64_t seed,
                               AnswerHandler on_answer)
    : notifier_(notifier),
      picker_(std::make_unique<Picker>(library, seed)),
      seed_(seed),
      on_answer_(std::move(on_answer)) {
  notifier_.on_action([this](std::string key) { on_action(key); });
  notifier_.on_closed([this](std::uint32_t reason) { on_closed(reason); });
}

void BreakPresenter::set_library(const Library& library) {
  // The picker refers to the library: rebuild it, keeping what was shown lately.
  PickHistory history = picker_->history();
  picker_ = std::make_unique<Picker>(library, ++seed_);
  picker_->set_history(std::move(history));
  // A break on screen keeps what it shows: its exercises are looked up again
  // in the new library (they pointed into the old one); removed ones drop out.
  // (By id: the old library is already gone.)
  if (plan_) {
    std::vector<const Exercise*> kept;
    for (const std::string& id : plan_ids_)
      if (const Exercise* now = library.find_exercise(id)) kept.push_back(now);
    if (kept.empty())
      plan_.reset();
    else
      plan_->exercises = std::move(kept);
  }
}

const BreakPlan* BreakPresenter::current_plan() const { return plan_ ? &*plan_ : nullptr; }

const BreakPlan& BreakPresenter::plan_for(BreakKind kind, const Settings& settings, const Now& at) {
  if (!plan_ || plan_->kind != kind) {
    const Duration duration = kind == BreakKind::rest    ? settings.rest.duration
                              : kind == BreakKind::micro ? settings.micro.duration
                                                         : settings.rest.duration;
    plan_ = picker_->pick(kind == BreakKind::daily ? BreakKind::rest : kind, duration,
                          settings.exercises, pick_moment(at, settings.daily.day_starts));
    plan_ids_.clear();
    for (const Exercise* exercise : plan_->exercises) plan_ids_.push_back(exercise->id);
    plan_->kind = kind;
    if (!plan_->fallback_reason.empty()) log_info("picker: " + plan_->fallback_reason);
  }
  return *plan_;
}

void BreakPresenter::show(const BreakMessage& message, bool persistent) {
  Notification n;
  n.summary = message.summary;
  n.body = message.body;
  for (const auto& [key, label] : message.actions) n.actions.push_back({key, label});
  n.no_actions_hint = "Answer with: unknotctl break | snooze | skip";
  n.icon = icon_;
  n.expire_timeout_ms = persistent ? 0 : -1;
  notifier_.show(n);
  close_pending_ = false;
}

void BreakPresenter::end_batch() {
  if (close_pending_) notifier_.close();
  close_pending_ = false;
}

void BreakPresenter::on_event(const TimedEvent& event, const Settings& settings) {
  if (const auto* warning = std::get_if<BreakWarning>(&event.event)) {
    prompt_visible_ = false;
    show(warning_message(*warning, plan_for(warning->kind, settings, event.at)), false);
  } else if (const auto* due = std::get_if<BreakDue>(&event.event)) {
    const BreakPlan& plan = plan_for(due->kind, settings, event.at);
    if (window_only(settings)) return withdraw();
    show(due_message(*due, plan), true);
    prompt_visible_ = true;
  } else if (const auto* started = std::get_if<BreakStarted>(&event.event)) {
    prompt_visible_ = false;
    const BreakPlan& plan = plan_for(started->kind, settings, event.at);
    if (window_open_) return withdraw();  // whatever the style, the window guides it now
    show(running_message(*started, plan, settings.breaks.strict), true);
  } else if (const auto* ended = std::get_if<BreakEnded>(&event.event)) {
    prompt_visible_ = false;
    close_pending_ = true;
    // A snoozed break comes back with the same exercises; any other outcome
    // closes the break, and the next one is picked afresh.
    if (ended->outcome != Outcome::snoozed) plan_.reset();
  } else if (const auto* hold = std::get_if<MeetingHold>(&event.event)) {
    if (hold->on && prompt_visible_) {
      prompt_visible_ = false;
      notifier_.close();  // held until the meeting ends
    }
  } else if (std::holds_alternative<Paused>(event.event) && prompt_visible_) {
    prompt_visible_ = false;
    notifier_.close();
  }
}

bool BreakPresenter::window_only(const Settings& settings) const {
  return settings.breaks.style == BreakStyle::window && window_open_;
}

void BreakPresenter::window_took_over() {
  window_open_ = true;
  // An unanswered prompt stays (style "both" shows it beside the window); a
  // running break's notification would only repeat what the window shows.
  if (!prompt_visible_) notifier_.close();
}

void BreakPresenter::withdraw() {
  // Whatever was up (a warning) gives way to the window; nothing to answer.
  prompt_visible_ = false;
  close_pending_ = true;
}

void BreakPresenter::on_action(const std::string& key) {
  prompt_visible_ = false;
  if (key == "start" || key == "default")
    on_answer_(BreakAnswer::start);
  else if (key == "snooze")
    on_answer_(BreakAnswer::snooze);
  else if (key == "skip")
    on_answer_(BreakAnswer::skip);
  else if (key == "done")
    on_answer_(BreakAnswer::done);
  else
    log_warn("notification: unknown action '" + key + "'");
}

void BreakPresenter::on_closed(std::uint32_t reason) {
  // Dismissing an unanswered prompt means "not now": a snooze. Expiry and our
  // own close() are not answers.
  if (reason == close_reason::dismissed && prompt_visible_) {
    prompt_visible_ = false;
    on_answer_(BreakAnswer::snooze);
  }
}

}  // namespace unknot
