#pragma once
// The `plan` reply: what the break window shows for the break that is due or
// running, with every exercise in full. The daemon builds it
// (service/plan_builder.hpp), the break window walks through it.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/break_kind.hpp"
#include "core/exercise.hpp"

namespace unknot {

/// One exercise as the plan lists it, its texts already in the user's language.
struct PlanExercise {
  std::string id;
  std::string title;
  std::string prompt;  ///< a one-line cue ("" when none)
  ExerciseKind kind = ExerciseKind::stretch;
  std::vector<std::string> areas;
  int duration_s = 0;
  std::vector<std::string> steps;
  std::string caution;
  std::optional<int> repeat;
  std::optional<int> hold_s;
  int sides = 1;          ///< 2: done on the left and the right in turn
  bool discreet = false;  ///< fine to do where others can see
  std::string equipment = "none";
  Position position = Position::either;
  std::string image;  ///< absolute path, or empty
  std::optional<BreathingPattern> breathing;
  std::optional<Figure> figure;  ///< the poses the break window animates
  friend bool operator==(const PlanExercise&, const PlanExercise&) = default;
};

/// The break due or running.
struct PlanReply {
  BreakKind kind = BreakKind::micro;
  bool running = false;  ///< false: due, waiting to be started
  std::string title;
  std::string routine_id;
  int duration_s = 0;
  int remaining_s = 0;
  bool strict = false;
  bool snooze_allowed = true;
  bool skip_allowed = true;
  std::vector<PlanExercise> exercises;
  std::string fallback_reason;
  int taken_today = 0;     ///< taken or natural
  int prompted_today = 0;  ///< taken, natural or skipped
  friend bool operator==(const PlanReply&, const PlanReply&) = default;
};

/// {"id", "title", "prompt" ("" when none), "kind", "areas", "duration_s",
/// "steps", "caution", "repeat" (null), "hold_s" (null), "sides", "discreet",
/// "equipment", "position", "image", "breathing" (null or {"inhale", "hold",
/// "exhale", "hold_after", "cycles", "top_up"}), "figure" (null or as
/// protocol/figure_json.hpp)}.
void to_json(nlohmann::json& out, const PlanExercise& exercise);
/// The reverse; missing fields keep their defaults.
void from_json(const nlohmann::json& in, PlanExercise& exercise);

/// {"kind", "state" ("due" | "running"), "title", "routine_id", "duration_s",
/// "remaining_s", "strict", "snooze_allowed", "skip_allowed", "exercises":
/// [...], "fallback_reason", "today": {"taken", "prompted"}}. The reply's
/// result is null when no break is due or running.
void to_json(nlohmann::json& out, const PlanReply& plan);
/// The reverse; throws nlohmann::json::exception on a field of the wrong type.
void from_json(const nlohmann::json& in, PlanReply& plan);

/// A `plan` result; nullopt when it is null or not a plan (no kind, or a
/// field of the wrong type).
std::optional<PlanReply> read_plan_reply(const nlohmann::json& result);

}  // namespace unknot
