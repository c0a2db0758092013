#include "core/exercise.hpp"

#include <algorithm>
#include <array>

namespace unknot {

namespace {
constexpr std::array<std::string_view, 7> kKindNames{"stretch", "breathing", "posture",   "eyes",
                                                     "massage", "movement",  "relaxation"};
constexpr std::array<std::string_view, 3> kPositionNames{"sitting", "standing", "either"};
}  // namespace

std::string_view to_string(ExerciseKind kind) { return kKindNames.at(static_cast<size_t>(kind)); }

std::optional<ExerciseKind> exercise_kind_from_string(std::string_view text) {
  for (size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == text) return static_cast<ExerciseKind>(i);
  return std::nullopt;
}

std::string_view to_string(Position position) {
  return kPositionNames.at(static_cast<size_t>(position));
}

std::optional<Position> position_from_string(std::string_view text) {
  for (size_t i = 0; i < kPositionNames.size(); ++i)
    if (kPositionNames[i] == text) return static_cast<Position>(i);
  return std::nullopt;
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
      "neck",       "trapezius", "upper-back", "shoulders", "chest", "arms", "wrists",
      "lower-back", "hips",      "hamstrings", "calves",    "shins", "eyes", "whole-body"};
  return areas;
}

}  // namespace unknot
