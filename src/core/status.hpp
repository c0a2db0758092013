#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"
#include "core/time.hpp"

namespace unknot {

struct NextBreak {
  BreakKind kind;
  Duration in;  ///< active time until it is due (wall time if the user keeps working)
  friend bool operator==(const NextBreak&, const NextBreak&) = default;
};

/// One [[reminder]] as the status shows it.
struct ReminderStatus {
  std::string id;
  Duration in{};     ///< until it is due (active or wall time, as it counts); 0 when due
  bool due = false;  ///< due and not answered yet (shown or waiting)
  friend bool operator==(const ReminderStatus&, const ReminderStatus&) = default;
};

/// A snapshot of everything a status line, tray tooltip or `status --json` shows.
struct Status {
  State state = State::active;
  std::optional<NextBreak> next_break;  ///< nullopt: every break disabled
  std::optional<BreakKind> break_due;   ///< a prompt is waiting for an answer
  std::optional<BreakKind> on_break;    ///< a break is running
  Duration break_remaining{};           ///< time left of the running break
  Duration sitting{};                   ///< at the desk since the last real break
  Duration active_today{};              ///< active time since day_starts
  Duration sitting_today{};             ///< total sitting time since day_starts
  Duration longest_sitting_today{};
  bool paused = false;
  std::optional<WallTime> paused_until;      ///< nullopt while paused: until resumed
  std::vector<std::string> meeting_sources;  ///< active meeting sources, sorted
  int snoozes_used = 0;                      ///< of the break due or next
  /// Prompts wait this much longer after a meeting ([meetings] grace); set
  /// only while that grace runs, so a break due meanwhile reads "after your
  /// meeting, in 1:40" rather than "in 0s".
  std::optional<Duration> grace_left;
  bool outside_working_hours = false;
  /// Active time since the engine started, never reset (what active-time
  /// reminders count); not on the wire.
  Duration active_total{};
  /// The reminders, in config order (the daemon fills them in; the engine leaves them empty).
  std::vector<ReminderStatus> reminders;
  friend bool operator==(const Status&, const Status&) = default;
};

/// How long the next break is held back by the grace after a meeting: set
/// when it would be due before the grace ends, so it comes when the grace does.
inline std::optional<Duration> after_meeting_wait(const Status& s) {
  if (!s.grace_left || !s.next_break || s.next_break->in > *s.grace_left) return std::nullopt;
  return s.grace_left;
}

}  // namespace unknot
