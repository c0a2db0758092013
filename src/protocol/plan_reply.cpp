#include "protocol/plan_reply.hpp"

#include "protocol/figure_json.hpp"

namespace unknot {

namespace {

using nlohmann::json;

std::optional<int> optional_int(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<int>();
}

json optional_json(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }

json breathing_json(const std::optional<BreathingPattern>& pattern) {
  if (!pattern) return nullptr;
  return json{{"inhale", pattern->inhale},
              {"hold", pattern->hold},
              {"exhale", pattern->exhale},
              {"hold_after", pattern->hold_after},
              {"cycles", pattern->cycles},
              {"top_up", pattern->top_up}};
}

std::optional<BreathingPattern> read_breathing(const json& value) {
  if (!value.is_object()) return std::nullopt;
  BreathingPattern p;
  p.inhale = value.value("inhale", 0.0);
  p.hold = value.value("hold", 0.0);
  p.exhale = value.value("exhale", 0.0);
  p.hold_after = value.value("hold_after", 0.0);
  p.cycles = value.value("cycles", 1);
  p.top_up = value.value("top_up", 0.0);
  return p;
}

std::vector<std::string> strings_of(const json& object, const char* key) {
  std::vector<std::string> out;
  if (const auto it = object.find(key); it != object.end() && it->is_array())
    for (const auto& line : *it)
      if (line.is_string()) out.push_back(line.get<std::string>());
  return out;
}

}  // namespace

void to_json(json& out, const PlanExercise& e) {
  out = json{
      {"id", e.id},
      {"title", e.title},
      {"prompt", e.prompt},
      {"kind", std::string(to_string(e.kind))},
      {"areas", e.areas},
      {"duration_s", e.duration_s},
      {"steps", e.steps},
      {"caution", e.caution},
      {"repeat", optional_json(e.repeat)},
      {"hold_s", optional_json(e.hold_s)},
      {"sides", e.sides},
      {"discreet", e.discreet},
      {"equipment", e.equipment},
      {"position", std::string(to_string(e.position))},
      {"image", e.image},
      {"breathing", breathing_json(e.breathing)},
      {"figure", e.figure ? figure_json(*e.figure) : json(nullptr)},
  };
}

void from_json(const json& e, PlanExercise& out) {
  out = PlanExercise{};
  out.id = e.value("id", "");
  out.title = e.value("title", "");
  out.prompt = e.value("prompt", "");
  out.kind = exercise_kind_from_string(e.value("kind", "")).value_or(ExerciseKind::stretch);
  out.areas = strings_of(e, "areas");
  out.duration_s = e.value("duration_s", 0);
  out.steps = strings_of(e, "steps");
  out.caution = e.value("caution", "");
  out.repeat = optional_int(e, "repeat");
  out.hold_s = optional_int(e, "hold_s");
  out.sides = optional_int(e, "sides").value_or(1);
  out.discreet = e.value("discreet", false);
  out.equipment = e.value("equipment", "none");
  out.position = position_from_string(e.value("position", "")).value_or(Position::either);
  out.image = e.value("image", "");
  if (const auto it = e.find("breathing"); it != e.end()) out.breathing = read_breathing(*it);
  if (const auto it = e.find("figure"); it != e.end()) out.figure = read_figure(*it);
}

void to_json(json& out, const PlanReply& plan) {
  out = json{
      {"kind", std::string(to_string(plan.kind))},
      {"state", plan.running ? "running" : "due"},
      {"title", plan.title},
      {"routine_id", plan.routine_id},
      {"duration_s", plan.duration_s},
      {"remaining_s", plan.remaining_s},
      {"strict", plan.strict},
      {"snooze_allowed", plan.snooze_allowed},
      {"skip_allowed", plan.skip_allowed},
      {"exercises", plan.exercises},
      {"fallback_reason", plan.fallback_reason},
      {"today", json{{"taken", plan.taken_today}, {"prompted", plan.prompted_today}}},
  };
}

void from_json(const json& plan, PlanReply& view) {
  view = PlanReply{};
  view.kind = break_kind_from_string(plan.value("kind", "")).value_or(BreakKind::micro);
  view.running = plan.value("state", "") == "running";
  view.title = plan.value("title", "");
  view.routine_id = plan.value("routine_id", "");
  view.duration_s = plan.value("duration_s", 0);
  view.remaining_s = plan.value("remaining_s", view.duration_s);
  view.strict = plan.value("strict", false);
  view.snooze_allowed = plan.value("snooze_allowed", true);
  view.skip_allowed = plan.value("skip_allowed", !view.strict);
  if (const auto it = plan.find("exercises"); it != plan.end() && it->is_array())
    for (const auto& e : *it)
      if (e.is_object()) view.exercises.push_back(e.get<PlanExercise>());
  view.fallback_reason = plan.value("fallback_reason", "");
  if (const auto it = plan.find("today"); it != plan.end() && it->is_object()) {
    view.taken_today = it->value("taken", 0);
    view.prompted_today = it->value("prompted", 0);
  }
}

std::optional<PlanReply> read_plan_reply(const json& result) {
  if (!result.is_object()) return std::nullopt;
  try {
    if (!break_kind_from_string(result.value("kind", ""))) return std::nullopt;
    return result.get<PlanReply>();
  } catch (const json::exception&) {
    return std::nullopt;  // a field of the wrong type: not a plan we can show
  }
}

}  // namespace unknot
