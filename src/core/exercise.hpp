#pragma once
// The routine library as values: what the config loader produces from the
// routine TOML files and what the picker chooses from.
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"
#include "core/figure.hpp"
#include "core/settings.hpp"
#include "core/time.hpp"

namespace unknot {

enum class ExerciseKind { stretch, breathing, posture, eyes, massage, movement, relaxation };

std::string_view to_string(ExerciseKind kind);
std::optional<ExerciseKind> exercise_kind_from_string(std::string_view text);

/// When in the day a once-a-day exercise may be shown (local time).
enum class DayPart { any, morning, afternoon, end_of_day };

std::string_view to_string(DayPart part);
/// Whether `local` (minutes since local midnight) lies in `part`: morning
/// before 12:00, afternoon 12:00-16:00, end of day from 16:00.
bool day_part_contains(DayPart part, TimeOfDay local);

/// A paced breathing pattern, in seconds per phase (for the guided pacer).
/// Phases run inhale, top_up, hold, exhale, hold_after.
struct BreathingPattern {
  double inhale = 4;
  double hold = 0;
  double exhale = 4;
  double hold_after = 0;
  int cycles = 1;
  double top_up = 0;  ///< a second, short breath in on top of the first (the sigh)
  friend bool operator==(const BreathingPattern&, const BreathingPattern&) = default;
};

struct Exercise {
  std::string id;
  std::string title;
  std::string prompt;  ///< one line stating the action, for notifications; may be empty
  ExerciseKind kind = ExerciseKind::stretch;
  std::vector<std::string> areas;  ///< body area ids (INTERFACE.md)
  Duration duration{};
  std::vector<BreakKind> fits;  ///< micro and/or rest
  std::vector<std::string> steps;
  std::string caution;
  std::optional<int> repeat;     ///< times to repeat (per side where it has sides)
  std::optional<Duration> hold;  ///< how long to hold each repetition
  int sides = 1;                 ///< 2: done on the left and the right in turn
  /// Time per repetition spent moving (into and out of a hold, or one whole
  /// unheld movement); unset: 1 s with a hold, 2 s without.
  std::optional<Duration> move;
  bool discreet = false;              ///< nobody in an open office would notice it
  std::optional<DayPart> once_a_day;  ///< a daily nudge: at most once a day, in this part of it
  std::vector<std::string> notes;     ///< shared safety notes appended to `caution` by the loader
  std::string equipment = "none";     ///< none, tennis-ball, foam-roller, wall, chair, ...
  Position position = Position::either;
  std::optional<BreathingPattern> breathing;
  std::string image;  ///< SVG path relative to icons/exercises/, or empty
  std::optional<Figure> figure;  ///< the animated figure ([exercise.figure]), when it has one
  /// Translated texts keyed by language ("de", "fr"): field name -> text.
  std::map<std::string, std::map<std::string, std::string>> translations;
  std::string source_file;  ///< where it was loaded from (diagnostics)

  [[nodiscard]] bool fits_break(BreakKind kind) const;
  friend bool operator==(const Exercise&, const Exercise&) = default;
};

/// The time an exercise's own counts take: a breathing pattern's cycles, else
/// sides x repeat x (hold + move). Nullopt when it gives no counts at all.
std::optional<Duration> counted_length(const Exercise& e);

/// One place in a routine: an exercise id, or alternatives the picker
/// chooses among (so a routine is not the same every time).
struct RoutineSlot {
  std::vector<std::string> options;
  RoutineSlot() = default;
  RoutineSlot(const char* id) : options{id} {}             // NOLINT: a slot of one, as written
  RoutineSlot(std::string id) : options{std::move(id)} {}  // NOLINT
  RoutineSlot(std::vector<std::string> ids) : options(std::move(ids)) {}  // NOLINT
  RoutineSlot(std::initializer_list<std::string> ids) : options(ids) {}
  friend bool operator==(const RoutineSlot&, const RoutineSlot&) = default;
};

/// An ordered list of exercises that fills a rest break.
struct Routine {
  std::string id;
  std::string title;
  std::vector<BreakKind> fits;
  std::vector<RoutineSlot> exercises;  ///< in order; each slot one exercise or alternatives
  std::string source_file;
  /// Translated texts keyed by language ("de", "fr"): field ("title") -> text.
  /// Last and defaulted, so aggregate initialisers that predate it stay valid.
  std::map<std::string, std::map<std::string, std::string>> translations = {};
  friend bool operator==(const Routine&, const Routine&) = default;
};

struct Library {
  std::vector<Exercise> exercises;
  std::vector<Routine> routines;

  [[nodiscard]] const Exercise* find_exercise(std::string_view id) const;
  [[nodiscard]] const Routine* find_routine(std::string_view id) const;
  friend bool operator==(const Library&, const Library&) = default;
};

/// The body area ids the app knows (INTERFACE.md); more may be added.
const std::vector<std::string>& known_body_areas();

}  // namespace unknot
