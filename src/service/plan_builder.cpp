#include "service/plan_builder.hpp"

#include <chrono>

#include "core/language.hpp"
#include "service/break_message.hpp"

namespace unknot {

namespace {

int whole_seconds(Duration d) {
  return d.count() <= 0 ? 0 : static_cast<int>(std::chrono::ceil<std::chrono::seconds>(d).count());
}

Duration break_length(BreakKind kind, const Settings& settings) {
  return kind == BreakKind::micro ? settings.micro.duration : settings.rest.duration;
}

std::vector<PlanExercise> plan_exercises(const BreakPlan* plan, const ImageResolver& resolve_image,
                                         const std::vector<std::string>& languages) {
  std::vector<PlanExercise> list;
  if (plan == nullptr) return list;
  for (const Exercise* exercise : plan->exercises)
    if (exercise != nullptr) list.push_back(plan_exercise(*exercise, resolve_image, languages));
  return list;
}

/// A routine's title as picked; a single exercise's title in the user's language.
std::string plan_title(const BreakPlan& plan, const std::vector<std::string>& languages) {
  if (plan.routine_id.empty() && plan.exercises.size() == 1 && plan.exercises.front() != nullptr)
    return translated_field(*plan.exercises.front(), "title", languages);
  return plan.title;
}

}  // namespace

BreakPlan with_routine_title(BreakPlan plan, const Library& library,
                             const std::vector<std::string>& languages) {
  if (plan.routine_id.empty()) return plan;
  if (const Routine* routine = library.find_routine(plan.routine_id))
    plan.title = translated_title(*routine, languages);
  return plan;
}

PlanToday plan_today(const DayFigures& day) { return PlanToday{day.happened(), day.prompted()}; }

PlanExercise plan_exercise(const Exercise& exercise, const ImageResolver& resolve_image,
                           const std::vector<std::string>& languages) {
  PlanExercise out;
  out.id = exercise.id;
  out.title = translated_field(exercise, "title", languages);
  out.prompt = translated_field(exercise, "prompt", languages);
  out.kind = exercise.kind;
  out.areas = exercise.areas;
  out.duration_s = whole_seconds(exercise.duration);
  out.steps = translated_steps(exercise, languages);
  out.caution = translated_field(exercise, "caution", languages);
  out.repeat = exercise.repeat;
  if (exercise.hold) out.hold_s = whole_seconds(*exercise.hold);
  out.sides = exercise.sides;
  out.discreet = exercise.discreet;
  out.equipment = exercise.equipment;
  out.position = exercise.position;
  if (!exercise.image.empty() && resolve_image) out.image = resolve_image(exercise.image);
  out.breathing = exercise.breathing;
  out.figure = exercise.figure;
  return out;
}

std::optional<PlanReply> make_plan_reply(const BreakPlan* plan, const Status& status,
                                         const Settings& settings, PlanToday today,
                                         const ImageResolver& resolve_image,
                                         const std::vector<std::string>& languages) {
  const bool running = status.on_break.has_value();
  const std::optional<BreakKind> kind = running ? status.on_break : status.break_due;
  if (!kind) return std::nullopt;
  // A plan picked for another break (a warning for the next one) is not this one's.
  if (plan != nullptr && plan->kind != *kind) plan = nullptr;
  PlanReply out;
  out.kind = *kind;
  out.running = running;
  out.title = plan != nullptr && !plan->title.empty() ? plan_title(*plan, languages)
                                                      : break_kind_label(*kind);
  out.routine_id = plan != nullptr ? plan->routine_id : std::string();
  out.duration_s = whole_seconds(break_length(*kind, settings));
  out.remaining_s = running ? whole_seconds(status.break_remaining) : out.duration_s;
  out.strict = settings.breaks.strict;
  const int max = settings.snooze.max;
  out.snooze_allowed = !out.strict || max == 0 || status.snoozes_used < max;
  out.skip_allowed = !out.strict;
  out.exercises = plan_exercises(plan, resolve_image, languages);
  out.fallback_reason = plan != nullptr ? plan->fallback_reason : std::string();
  out.taken_today = today.taken;
  out.prompted_today = today.prompted;
  return out;
}

}  // namespace unknot
