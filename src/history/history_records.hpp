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

/// One day of `unknotctl stats`.
struct DaySummary {
  std::string date;  ///< "YYYY-MM-DD"
  int taken = 0;
  int natural = 0;
  int snoozed = 0;
  int skipped = 0;
  Duration active{};
  Duration sitting{};
  Duration longest_sitting{};

  /// (taken + natural) / (taken + natural + skipped): the share of breaks that
  /// happened. Snoozes are postponements, not failures, so they do not count;
  /// a snoozed break counts once it ends taken or skipped. nullopt when no
  /// break was taken, natural or skipped.
  [[nodiscard]] std::optional<double> compliance() const;
  friend bool operator==(const DaySummary&, const DaySummary&) = default;
};

/// The sums over a period (date left empty): counts and times added up,
/// longest_sitting the longest of any day.
DaySummary sum_days(const std::vector<DaySummary>& days);

/// How often a body area was worked by taken breaks in a date range.
struct AreaCount {
  std::string area;
  int breaks = 0;
  friend bool operator==(const AreaCount&, const AreaCount&) = default;
};

}  // namespace unknot
