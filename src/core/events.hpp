#pragma once
// What the engine decides: a stream of events the service turns into
// notifications, windows, history rows and `unknotctl watch` lines.
#include <string>
#include <variant>
#include <vector>

#include "core/break_kind.hpp"
#include "core/time.hpp"

namespace unknot {

/// A break is coming soon (the configured warning lead time before it is due).
struct BreakWarning {
  BreakKind kind;
  Duration in;  ///< active time until it is due
};

/// A break is due: prompt the user now.
struct BreakDue {
  BreakKind kind;
  Duration sitting;         ///< how long the user has sat so far
  bool after_meeting;       ///< it fell due during a meeting that has just ended
  Duration meeting_length;  ///< length of that meeting (0 when not after a meeting)
  int snoozes_used;         ///< how often this break has been snoozed already
  bool can_skip;            ///< false in strict mode
  bool can_snooze;          ///< false in strict mode once snooze.max is used up
  /// The same unanswered prompt offered again after a hold (pause, meeting,
  /// off hours) hid it; it still owes exactly one BreakEnded, not two.
  bool reannounced = false;
};

/// The user started the break (from the prompt, the menu or `unknotctl break`).
struct BreakStarted {
  BreakKind kind;
  Duration duration;
};

/// A prompt or a running break ended; every BreakDue ends in exactly one of these.
/// Natural breaks (idle long enough) produce a BreakEnded without a BreakDue.
struct BreakEnded {
  BreakKind kind;
  Outcome outcome;
  Duration sitting;  ///< sitting time when it ended
};

struct Paused {
  std::optional<WallTime> until;  ///< nullopt: until resumed
};
struct Resumed {};

/// Prompts are held (a meeting source became active) or released.
struct MeetingHold {
  bool on;
  std::vector<std::string> sources;  ///< the active sources after the change
};

/// The daily counters started over at `day_starts`.
struct DayRolledOver {
  Duration active_yesterday;
  Duration longest_sitting_yesterday;
  Duration sitting_yesterday{};  ///< total sitting time of the day that ended
};

struct StateChanged {
  State from;
  State to;
};

using Event = std::variant<BreakWarning, BreakDue, BreakStarted, BreakEnded, Paused, Resumed,
                           MeetingHold, DayRolledOver, StateChanged>;

/// An event stamped with when it happened.
struct TimedEvent {
  Now at;
  Event event;
};

}  // namespace unknot
