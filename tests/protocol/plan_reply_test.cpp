// The `plan` reply on the wire: what the daemon builds is what the break
// window reads, field for field.
#include "protocol/plan_reply.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
using unknot::PlanExercise;
using unknot::PlanReply;

namespace {

PlanReply rest_plan() {
  PlanReply plan;
  plan.kind = unknot::BreakKind::rest;
  plan.running = true;
  plan.title = "Desk reset";
  plan.routine_id = "desk-reset";
  plan.duration_s = 300;
  plan.remaining_s = 240;
  plan.strict = true;
  plan.snooze_allowed = false;
  plan.skip_allowed = false;
  plan.fallback_reason = "";
  plan.taken_today = 3;
  plan.prompted_today = 4;
  PlanExercise breathe;
  breathe.id = "box-breathing";
  breathe.title = "Box breathing";
  breathe.kind = unknot::ExerciseKind::breathing;
  breathe.areas = {"whole-body"};
  breathe.duration_s = 50;
  breathe.steps = {"Sit tall.", "Breathe in for 4."};
  breathe.caution = "Stop if light-headed.";
  breathe.repeat = 3;
  breathe.position = unknot::Position::sitting;
  breathe.image = "/usr/share/icons/exercises/box.svg";
  breathe.breathing = unknot::BreathingPattern{4, 7, 8, 0, 3};
  PlanExercise tilt;
  tilt.id = "neck-side-tilt";
  tilt.title = "Neck side tilt";
  tilt.areas = {"neck", "trapezius"};
  tilt.duration_s = 30;
  tilt.hold_s = 15;
  tilt.sides = 2;
  tilt.discreet = true;
  tilt.prompt = "Ear towards the shoulder";
  tilt.equipment = "wall";
  plan.exercises = {breathe, tilt};
  return plan;
}

}  // namespace

TEST_CASE("a plan reads back as it was written") {
  const PlanReply plan = rest_plan();
  const json wire = plan;
  CHECK(wire["state"] == "running");
  CHECK(wire["today"] == json{{"taken", 3}, {"prompted", 4}});
  CHECK(wire["exercises"][0]["breathing"]["exhale"] == 8.0);
  CHECK(wire["exercises"][1]["repeat"].is_null());
  CHECK(unknot::read_plan_reply(wire) == plan);
}

TEST_CASE("no plan, or not a plan, reads as none") {
  CHECK_FALSE(unknot::read_plan_reply(nullptr));
  CHECK_FALSE(unknot::read_plan_reply(json{{"kind", "nap"}}));
  CHECK_FALSE(unknot::read_plan_reply(json{{"kind", 7}}));
  CHECK_FALSE(unknot::read_plan_reply(json{{"kind", "micro"}, {"title", 7}}));
}
