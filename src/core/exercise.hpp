#pragma once
// The routine library as values: what the config loader produces from the
// routine TOML files and what the picker chooses from.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"
#include "core/settings.hpp"
#include "core/time.hpp"

namespace unknot {

enum class ExerciseKind { stretch, breathing, posture, eyes, massage, movement, relaxation };

std::string_view to_string(ExerciseKind kind);
std::optional<ExerciseKind> exercise_kind_from_string(std::string_view text);
std::string_view to_string(Position position);
std::optional<Position> position_from_string(std::string_view text);

/// A paced breathing pattern, in seconds per phase (for the guided pacer).
struct BreathingPattern {
  double inhale = 4;
  double hold = 0;
  double exhale = 4;
  double hold_after = 0;
  int cycles = 1;
  friend bool operator==(const BreathingPattern&, const BreathingPattern&) = default;
};

struct Exercise {
  std::string id;
  std::string title;
  ExerciseKind kind = ExerciseKind::stretch;
  std::vector<std::string> areas;  ///< body area ids (INTERFACE.md)
  Duration duration{};
  std::vector<BreakKind> fits;  ///< micro and/or rest
  std::vector<std::string> steps;
  std::string caution;
  std::optional<int> repeat;       ///< times to repeat (per side where it has sides)
  std::optional<Duration> hold;    ///< how long to hold each repetition
  std::string equipment = "none";  ///< none, tennis-ball, foam-roller, wall, chair, ...
  Position position = Position::either;
  std::optional<BreathingPattern> breathing;
  std::string image;  ///< SVG path relative to icons/exercises/, or empty
  /// Translated texts keyed by language ("de", "fr"): field name -> text.
  std::map<std::string, std::map<std::string, std::string>> translations;
  std::string source_file;  ///< where it was loaded from (diagnostics)

  [[nodiscard]] bool fits_break(BreakKind kind) const;
  friend bool operator==(const Exercise&, const Exercise&) = default;
};

/// An ordered list of exercises that fills a rest break.
struct Routine {
  std::string id;
  std::string title;
  std::vector<BreakKind> fits;
  std::vector<std::string> exercises;  ///< exercise ids, in order
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
