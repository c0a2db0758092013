#pragma once
// Reminders ([[reminder]]): each an interval of active or wall time, like a
// break but with no exercise to run. Pure: every call takes the engine's
// facts at `now`; nothing reads a clock. The daemon advances it after the
// engine and shows its events; a reminder never shows beside a break prompt,
// while the user is away or paused, nor (with meetings = "hold") in a
// meeting: it waits, due, until that ends. One is shown at a time.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/engine.hpp"
#include "core/reminder_settings.hpp"
#include "core/status.hpp"
#include "core/time.hpp"

namespace unknot {

/// What the engine says about the user at one instant.
struct ReminderFacts {
  Now now;
  Duration active{};        ///< Engine::active_time(now): counts only while at the desk
  bool present = true;      ///< not idle, locked or suspended
  bool paused = false;      ///< a manual pause
  bool in_meeting = false;  ///< any meeting source active
  bool break_busy = false;  ///< a break prompt waits or a break runs
};

/// The facts as the engine's status at `now` gives them.
ReminderFacts reminder_facts(const Status& status, const Now& now);

/// A reminder is due and may be shown now.
struct ReminderDue {
  std::string id;
  std::string title;
  std::string body;
};
/// A shown reminder must give way (a break prompt, a meeting, a pause); it
/// stays due and comes back as ReminderDue when the way is clear.
struct ReminderHidden {
  std::string id;
};
/// The user answered a reminder.
enum class ReminderOutcome { done, snoozed };
std::string_view to_string(ReminderOutcome outcome);
struct ReminderAnswered {
  std::string id;
  ReminderOutcome outcome;
};
using ReminderEvent = std::variant<ReminderDue, ReminderHidden, ReminderAnswered>;

class Reminders {
 public:
  Reminders() = default;
  /// Takes the configured list: a reminder whose id was there before keeps
  /// its timer (and its due or snoozed state); a new one starts counting now.
  void apply(const std::vector<ReminderSettings>& list, const ReminderFacts& facts);
  /// Lets time pass: reminders fall due, are shown or give way.
  void advance(const ReminderFacts& facts);
  /// The earliest steady time at which one may fall due without new facts.
  [[nodiscard]] std::optional<SteadyTime> next_deadline(const ReminderFacts& facts) const;
  [[nodiscard]] std::vector<ReminderStatus> status(const ReminderFacts& facts) const;
  /// `id` was done: its interval starts again now.
  CommandResult done(std::string_view id, const ReminderFacts& facts);
  /// `id` comes back after `duration` of steady time.
  CommandResult snooze(std::string_view id, Duration duration, const ReminderFacts& facts);
  /// The id of the reminder on screen, if any.
  [[nodiscard]] std::optional<std::string> shown() const;
  /// Events since the last call, oldest first.
  std::vector<ReminderEvent> take_events();

 private:
  struct Timer {
    ReminderSettings settings;
    Duration active_start{};  ///< active time when the interval began
    SteadyTime wall_start{};  ///< steady time when the interval began
    std::optional<SteadyTime> snoozed_until;
    bool due = false;
    bool shown = false;
  };
  [[nodiscard]] static Duration elapsed(const Timer& t, const ReminderFacts& facts);
  [[nodiscard]] static Duration remaining(const Timer& t, const ReminderFacts& facts);
  [[nodiscard]] static bool may_show(const Timer& t, const ReminderFacts& facts);
  static void restart(Timer& t, const ReminderFacts& facts);
  Timer* find(std::string_view id);

  std::vector<Timer> timers_;
  std::vector<ReminderEvent> events_;
};

}  // namespace unknot
