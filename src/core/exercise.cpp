#include "core/exercise.hpp"

#include <algorithm>
#include <array>
#include <chrono>

namespace unknot {

namespace {
constexpr std::array<std::string_view, 7> kKindNames{"stretch", "breathing", "posture",   "eyes",
                                                     "massage", "movement",  "relaxation"};
constexpr std::array<std::string_view, 4> kDayPartNames{"any", "morning", "afternoon",
                                                        "end-of-day"};
constexpr int kNoon = 12 * 60;
constexpr int kEndOfDay = 16 * 60;
// A repetition's movement when the file does not say: in and out of a
// hold, or one slow unheld movement (a circle, a raise, a blink).
constexpr Duration kMoveWithHold = std::chrono::seconds{1};
constexpr Duration kMoveWithoutHold = std::chrono::seconds{2};
}  // namespace

std::string_view to_string(ExerciseKind kind) { return kKindNames.at(static_cast<size_t>(kind)); }

std::optional<ExerciseKind> exercise_kind_from_string(std::string_view text) {
  for (size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == text) return static_cast<ExerciseKind>(i);
  return std::nullopt;
}

std::string_view to_string(DayPart part) { return kDayPartNames.at(static_cast<size_t>(part)); }

bool day_part_contains(DayPart part, TimeOfDay local) {
  switch (part) {
    case DayPart::any:
      return true;
    case DayPart::morning:
      return local.minutes < kNoon;
    case DayPart::afternoon:
      return local.minutes >= kNoon && local.minutes < kEndOfDay;
    case DayPart::end_of_day:
      return local.minutes >= kEndOfDay;
  }
  return false;
}

std::optional<Duration> counted_length(const Exercise& e) {
  if (e.breathing) {
    const BreathingPattern& p = *e.breathing;
    const double breath = p.inhale + p.top_up + p.hold + p.exhale + p.hold_after;
    return std::chrono::duration_cast<Duration>(std::chrono::duration<double>(breath * p.cycles));
  }
  if (!e.repeat && !e.hold && !e.move) return std::nullopt;
  const Duration hold = e.hold.value_or(Duration{});
  const Duration move = e.move.value_or(e.hold ? kMoveWithHold : kMoveWithoutHold);
  return std::max(e.sides, 1) * e.repeat.value_or(1) * (hold + move);
}

bool Exercise::fits_break(BreakKind kind) const {
  return std::find(fits.begin(), fits.end(), kind) != fits.end();
}

const Exercise* Library::find_exercise(std::string_view id) const {
  auto it = std::find_if(exercises.begin(), exercises.end(),
                         [&](const Exercise& e) { return e.id == id; });
  return it == exercises.end() ? nullptr : &*it;
}

const Routine* Library::find_routine(std::string_view id) const {
  auto it =
      std::find_if(routines.begin(), routines.end(), [&](const Routine& r) { return r.id == id; });
  return it == routines.end() ? nullptr : &*it;
}

const std::vector<std::string>& known_body_areas() {
  static const std::vector<std::string> areas{
      "neck", "trapezius",  "upper-back", "shoulders", "chest", "arms", "wrists",    "lower-back",
      "hips", "hamstrings", "calves",     "shins",     "feet",  "eyes", "whole-body"};
  return areas;
}

}  // namespace unknot
