#pragma once
// Shows breaks to the user: picks what each break shows, raises and
// withdraws the notification, and turns the user's answers into commands.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/events.hpp"
#include "core/picker.hpp"
#include "core/settings.hpp"
#include "platform/notifier.hpp"

namespace unknot {

/// What the user answered to a break notification.
enum class BreakAnswer { start, snooze, skip, done };

class BreakPresenter {
 public:
  using AnswerHandler = std::function<void(BreakAnswer)>;
  BreakPresenter(Notifier& notifier, const Library& library, std::uint64_t seed,
                 AnswerHandler on_answer);

  /// The library changed (reload): later picks come from the new one.
  void set_library(const Library& library);
  /// Shows, replaces or withdraws the notification for `event`.
  void on_event(const TimedEvent& event, const Settings& settings);
  /// Call after each batch of events: withdraws a notification whose break
  /// ended, unless a prompt in the same batch took its place (then it was
  /// replaced in place instead of flickering away and back).
  void end_batch();
  /// What the current (or just ended) break shows; nullptr when none.
  [[nodiscard]] const BreakPlan* current_plan() const;
  /// Whether unknot-ui's break window is up. With breaks.style = "window"
  /// it then replaces the due and running notifications; without it (the
  /// window failed to start) the notification still carries the break.
  void set_window_open(bool open) { window_open_ = open; }
  /// The break window has just opened for the break under way (the user
  /// pressed Start): withdraws the running break's notification.
  void window_took_over();
  /// The icon shown on break notifications (a theme name or a file path).
  void set_icon(std::string icon) { icon_ = std::move(icon); }

 private:
  const BreakPlan& plan_for(BreakKind kind, const Settings& settings, const Now& at);
  void show(const struct BreakMessage& message, bool persistent);
  void on_action(const std::string& key);
  void on_closed(std::uint32_t reason);
  [[nodiscard]] bool window_only(const Settings& settings) const;
  void withdraw();

  Notifier& notifier_;
  std::unique_ptr<Picker> picker_;  ///< refers to the library: rebuilt on reload
  std::uint64_t seed_;
  AnswerHandler on_answer_;
  std::optional<BreakPlan> plan_;
  std::vector<std::string> plan_ids_;  ///< plan_'s exercises by id, to survive a reload
  bool close_pending_ = false;         ///< the break on screen ended in this batch
  bool prompt_visible_ = false;        ///< a BreakDue prompt is on screen, unanswered
  bool window_open_ = false;           ///< unknot-ui's break window runs
  std::string icon_ = "io.github.unknot.Unknot";
};

}  // namespace unknot
