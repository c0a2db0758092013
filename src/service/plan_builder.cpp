#include "service/plan_builder.hpp"

#include <chrono>

#include "core/language.hpp"
#include "service/break_message.hpp"

namespace unknot {

namespace {

using nlohmann::json;

long long whole_seconds(Duration d) {
  return d.count() <= 0 ? 0 : std::chrono::ceil<std::chrono::seconds>(d).count();
}

Duration break_length(BreakKind kind, const Settings& settings) {
  return kind == BreakKind::micro ? settings.micro.duration : settings.rest.duration;
}

json breathing_to_json(const std::optional<BreathingPattern>& pattern) {
  if (!pattern) return nullptr;
  return json{{"inhale", pattern->inhale}, {"hold", pattern->hold},
              {"exhale", pattern->exhale}, {"hold_after", pattern->hold_after},
              {"cycles", pattern->cycles}, {"top_up", pattern->top_up}};
}

json exercises_to_json(const BreakPlan* plan, const ImageResolver& resolve_image,
                       const std::vector<std::string>& languages) {
  json list = json::array();
  if (plan == nullptr) return list;
  for (const Exercise* exercise : plan->exercises)
    if (exercise != nullptr) list.push_back(exercise_to_json(*exercise, resolve_image, languages));
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

PlanToday plan_today(const DayFigures& day) {
  const int taken = day.taken + day.natural;
  return PlanToday{taken, taken + day.skipped};
}

json exercise_to_json(const Exercise& exercise, const ImageResolver& resolve_image,
                      const std::vector<std::string>& languages) {
  json areas = json::array();
  for (const auto& area : exercise.areas) areas.push_back(area);
  json steps = json::array();
  for (const auto& step : translated_steps(exercise, languages)) steps.push_back(step);
  return json{
      {"id", exercise.id},
      {"title", translated_field(exercise, "title", languages)},
      {"prompt", translated_field(exercise, "prompt", languages)},
      {"kind", std::string(to_string(exercise.kind))},
      {"areas", std::move(areas)},
      {"duration_s", whole_seconds(exercise.duration)},
      {"steps", std::move(steps)},
      {"caution", translated_field(exercise, "caution", languages)},
      {"repeat", exercise.repeat ? json(*exercise.repeat) : json(nullptr)},
      {"hold_s", exercise.hold ? json(whole_seconds(*exercise.hold)) : json(nullptr)},
      {"sides", exercise.sides},
      {"discreet", exercise.discreet},
      {"equipment", exercise.equipment},
      {"position", std::string(to_string(exercise.position))},
      {"image",
       exercise.image.empty() || !resolve_image ? std::string() : resolve_image(exercise.image)},
      {"breathing", breathing_to_json(exercise.breathing)},
  };
}

json plan_to_json(const BreakPlan* plan, const Status& status, const Settings& settings,
                  PlanToday today, const ImageResolver& resolve_image,
                  const std::vector<std::string>& languages) {
  const bool running = status.on_break.has_value();
  const std::optional<BreakKind> kind = running ? status.on_break : status.break_due;
  if (!kind) return nullptr;
  // A plan picked for another break (a warning for the next one) is not this one's.
  if (plan != nullptr && plan->kind != *kind) plan = nullptr;
  const long long duration_s = whole_seconds(break_length(*kind, settings));
  const bool strict = settings.breaks.strict;
  const int max = settings.snooze.max;
  return json{
      {"kind", std::string(to_string(*kind))},
      {"state", running ? "running" : "due"},
      {"title", plan != nullptr && !plan->title.empty() ? plan_title(*plan, languages)
                                                        : break_kind_label(*kind)},
      {"routine_id", plan != nullptr ? plan->routine_id : std::string()},
      {"duration_s", duration_s},
      {"remaining_s", running ? whole_seconds(status.break_remaining) : duration_s},
      {"strict", strict},
      {"snooze_allowed", !strict || max == 0 || status.snoozes_used < max},
      {"skip_allowed", !strict},
      {"exercises", exercises_to_json(plan, resolve_image, languages)},
      {"fallback_reason", plan != nullptr ? plan->fallback_reason : std::string()},
      {"today", json{{"taken", today.taken}, {"prompted", today.prompted}}},
  };
}

}  // namespace unknot
