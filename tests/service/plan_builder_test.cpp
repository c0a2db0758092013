#include "service/plan_builder.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using nlohmann::json;
using unknot::BreakKind;
using unknot::BreakPlan;
using unknot::Exercise;
using unknot::PlanToday;
using unknot::Settings;
using unknot::Status;

namespace {

/// The plan reply as it goes over the wire (null when no break is due or running).
nlohmann::json plan_to_json(
    const unknot::BreakPlan* plan, const unknot::Status& status, const unknot::Settings& settings,
    unknot::PlanToday today, const unknot::ImageResolver& resolve_image,
    const std::vector<std::string>& languages = unknot::process_languages()) {
  const auto reply =
      unknot::make_plan_reply(plan, status, settings, today, resolve_image, languages);
  return reply ? nlohmann::json(*reply) : nlohmann::json(nullptr);
}

Exercise breathing_exercise() {
  Exercise e;
  e.id = "box-breathing";
  e.title = "Box breathing";
  e.kind = unknot::ExerciseKind::breathing;
  e.areas = {"whole-body"};
  e.duration = 50s;
  e.steps = {"Sit tall.", "Breathe in for 4."};
  e.caution = "Stop if light-headed.";
  e.repeat = 3;
  e.position = unknot::Position::sitting;
  e.breathing = unknot::BreathingPattern{4, 7, 8, 0, 3};
  e.image = "box.svg";
  return e;
}

Exercise stretch_exercise() {
  Exercise e;
  e.id = "neck-side-tilt";
  e.title = "Neck side tilt";
  e.areas = {"neck", "trapezius"};
  e.duration = 30s;
  e.steps = {"Tilt."};
  e.hold = 15s;
  return e;
}

std::string no_images(std::string_view) { return {}; }

}  // namespace

TEST_CASE("plan is null while no break is due or running") {
  const Exercise stretch = stretch_exercise();
  BreakPlan plan{BreakKind::micro, "", "Neck side tilt", {&stretch}, ""};
  Status status;
  status.next_break = unknot::NextBreak{BreakKind::micro, 5min};
  // A warning already picked the next break's exercises: still nothing to show.
  CHECK(plan_to_json(&plan, status, Settings{}, {}, no_images).is_null());
}

TEST_CASE("a running rest break lists its routine with every exercise in full") {
  const Exercise breathe = breathing_exercise();
  const Exercise stretch = stretch_exercise();
  BreakPlan plan{BreakKind::rest, "calm", "Calm down", {&stretch, &breathe}, ""};
  Status status;
  status.on_break = BreakKind::rest;
  status.break_remaining = 4min + 10s + 200ms;
  const auto resolve = [](std::string_view image) {
    return "/icons/exercises/" + std::string(image);
  };

  const json j = plan_to_json(&plan, status, Settings{}, PlanToday{3, 4}, resolve);
  CHECK(j["kind"] == "rest");
  CHECK(j["state"] == "running");
  CHECK(j["title"] == "Calm down");
  CHECK(j["routine_id"] == "calm");
  CHECK(j["duration_s"] == 300);   // rest.duration 5m
  CHECK(j["remaining_s"] == 251);  // a countdown rounds up
  CHECK(j["today"] == json{{"taken", 3}, {"prompted", 4}});
  REQUIRE(j["exercises"].size() == 2);
  const json& first = j["exercises"][0];
  CHECK(first["id"] == "neck-side-tilt");
  CHECK(first["hold_s"] == 15);
  CHECK(first["repeat"].is_null());
  CHECK(first["breathing"].is_null());
  CHECK(first["image"] == "");  // no picture named: nothing resolved
  CHECK(first["areas"] == json{"neck", "trapezius"});
  const json& second = j["exercises"][1];
  CHECK(second["kind"] == "breathing");
  CHECK(second["duration_s"] == 50);
  CHECK(second["repeat"] == 3);
  CHECK(second["position"] == "sitting");
  CHECK(second["steps"] == json{"Sit tall.", "Breathe in for 4."});
  CHECK(second["caution"] == "Stop if light-headed.");
  CHECK(second["image"] == "/icons/exercises/box.svg");
  CHECK(second["breathing"] == json{{"inhale", 4.0},
                                    {"hold", 7.0},
                                    {"exhale", 8.0},
                                    {"hold_after", 0.0},
                                    {"cycles", 3},
                                    {"top_up", 0.0}});
}

TEST_CASE("a due micro break offers snooze and skip unless strict mode forbids them") {
  const Exercise stretch = stretch_exercise();
  BreakPlan plan{BreakKind::micro, "", "Neck side tilt", {&stretch}, ""};
  Status status;
  status.break_due = BreakKind::micro;
  status.snoozes_used = 3;
  Settings settings;
  settings.micro.duration = 40s;

  json j = plan_to_json(&plan, status, settings, {}, no_images);
  CHECK(j["state"] == "due");
  CHECK(j["remaining_s"] == 40);  // not started: the whole break is ahead
  CHECK(j["strict"] == false);
  CHECK(j["snooze_allowed"] == true);
  CHECK(j["skip_allowed"] == true);

  settings.breaks.strict = true;
  settings.snooze.max = 3;
  j = plan_to_json(&plan, status, settings, {}, no_images);
  CHECK(j["strict"] == true);
  CHECK(j["skip_allowed"] == false);
  CHECK(j["snooze_allowed"] == false);  // all three snoozes used

  status.snoozes_used = 2;
  CHECK(plan_to_json(&plan, status, settings, {}, no_images)["snooze_allowed"] == true);
  settings.snooze.max = 0;  // unlimited
  status.snoozes_used = 9;
  CHECK(plan_to_json(&plan, status, settings, {}, no_images)["snooze_allowed"] == true);
}

TEST_CASE("a break without a matching plan is still described, without exercises") {
  Status status;
  status.on_break = BreakKind::micro;
  status.break_remaining = 10s;
  const Exercise stretch = stretch_exercise();
  BreakPlan rest_plan{BreakKind::rest, "", "Some routine", {&stretch}, ""};
  const json j = plan_to_json(&rest_plan, status, Settings{}, {}, no_images);
  CHECK(j["kind"] == "micro");
  CHECK(j["title"] == "Micro break");
  CHECK(j["exercises"] == json::array());
  CHECK(plan_to_json(nullptr, status, Settings{}, {}, no_images)["title"] == "Micro break");
}

TEST_CASE("today's line counts natural breaks as taken and skipped ones as missed") {
  unknot::DayFigures day;
  day.taken = 2;
  day.natural = 1;
  day.skipped = 1;
  day.snoozed = 5;
  const PlanToday today = unknot::plan_today(day);
  CHECK(today.taken == 3);
  CHECK(today.prompted == 4);
}

TEST_CASE("an exercise's figure goes into the plan for the break window to animate") {
  Exercise stretch = stretch_exercise();
  unknot::Figure figure;
  figure.keys.push_back(unknot::FigureKey{"Tilt", 1.0, true, {}});
  stretch.figure = figure;
  const unknot::PlanExercise step = unknot::plan_exercise(stretch, no_images, {"en"});
  CHECK(step.figure == figure);
  CHECK_FALSE(unknot::plan_exercise(stretch_exercise(), no_images, {"en"}).figure);
}
