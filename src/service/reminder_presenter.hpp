#pragma once
// Shows the reminders' events as notifications of their own (a second
// Notifier, so a reminder never replaces a break prompt), with the actions
// "done" and "snooze"; a button press comes back as an answer for its id.
#include <functional>
#include <optional>
#include <string>

#include "core/reminders.hpp"
#include "platform/notifier.hpp"

namespace unknot {

class ReminderPresenter {
 public:
  /// `on_answer(id, outcome)` runs when the user presses a button (or
  /// dismisses the notification: a snooze, as for breaks).
  using AnswerHandler = std::function<void(const std::string& id, ReminderOutcome outcome)>;
  ReminderPresenter(Notifier& notifier, AnswerHandler on_answer);

  void set_icon(std::string icon) { icon_ = std::move(icon); }
  /// Shows, withdraws or closes the notification the event calls for.
  void on_event(const ReminderEvent& event);

 private:
  void on_action(const std::string& key);
  void on_closed(std::uint32_t reason);

  Notifier& notifier_;
  AnswerHandler on_answer_;
  std::string icon_;
  std::optional<std::string> shown_;  ///< the id on screen
};

}  // namespace unknot
