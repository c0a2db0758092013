#pragma once
// What the history store records and what its queries return. Every record
// carries the user's local date ("YYYY-MM-DD" of their day, which starts at
// daily.day_starts), computed by the caller: the store never guesses a zone.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/break_kind.hpp"
#include "core/day_figures.hpp"
#include "core/time.hpp"

namespace unknot {

/// One break outcome: a BreakEnded from the engine plus what the break showed.
struct BreakRecord {
  WallTime at{};           ///< when the outcome happened
  std::string local_date;  ///< "YYYY-MM-DD" of the user's day
  BreakKind kind = BreakKind::micro;
  Outcome outcome = Outcome::taken;
  std::vector<std::string> exercise_ids;  ///< shown, in order (empty for natural breaks)
  std::vector<std::string> areas;         ///< body areas those exercises work
  Duration sitting{};                     ///< sitting time when the break ended
};

/// A pause the user asked for, once it ended.
struct PauseRecord {
  WallTime start{};
  WallTime end{};
  std::string local_date;  ///< the day the pause started
  std::string source;      ///< who paused: "tray", "unknotctl", "ui", ... ("" = unknown)
};

/// A meeting hold from one source (camera, microphone, fullscreen, dnd, calendar, manual).
struct MeetingRecord {
  std::string source;
  WallTime start{};
  WallTime end{};
  std::string local_date;  ///< the day the meeting started
};

/// A day's running totals; the latest record for a date replaces earlier ones.
struct DayTotals {
  std::string local_date;
  Duration active{};           ///< active (input) time
  Duration sitting{};          ///< time at the desk without a real break
  Duration longest_sitting{};  ///< longest sitting streak
};

/// Deletes everything dated before `cutoff_date` (retention).
struct RetentionCutoff {
  std::string cutoff_date;
};

/// Anything the store's writer accepts, in the order it was recorded.
using HistoryItem =
    std::variant<BreakRecord, PauseRecord, MeetingRecord, DayTotals, RetentionCutoff>;

}  // namespace unknot
