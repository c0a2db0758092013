#include "ui/break_window_model.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
using unknot::BreakKind;
using unknot::read_plan_reply;

namespace {

json rest_plan() {
  return json::parse(R"({
    "kind": "rest", "state": "running", "title": "Desk reset", "routine_id": "desk-reset",
    "duration_s": 300, "remaining_s": 240, "strict": true, "snooze_allowed": false,
    "skip_allowed": false, "fallback_reason": "", "today": {"taken": 2, "prompted": 3},
    "exercises": [
      {"id": "a", "title": "Neck tilt", "kind": "stretch", "areas": ["neck"], "duration_s": 60,
       "steps": ["Sit tall.", "Tilt."], "caution": "Slowly.", "repeat": 3, "hold_s": 15,
       "equipment": "none", "position": "sitting", "image": "", "breathing": null},
      {"id": "b", "title": "Box breathing", "kind": "breathing", "areas": ["whole-body"],
       "duration_s": 90, "steps": ["Breathe."], "caution": "", "repeat": null, "hold_s": null,
       "equipment": "none", "position": "either", "image": "/x/b.svg",
       "breathing": {"inhale": 4, "hold": 4, "exhale": 4, "hold_after": 4, "cycles": 3}}
    ]})");
}

}  // namespace

TEST_CASE("the break window reads everything it shows from the daemon's plan") {
  const auto view = read_plan_reply(rest_plan());
  REQUIRE(view);
  CHECK(view->kind == BreakKind::rest);
  CHECK(view->running);
  CHECK(view->title == "Desk reset");
  CHECK(view->remaining_s == 240);
  CHECK(view->strict);
  CHECK_FALSE(view->skip_allowed);
  CHECK_FALSE(view->snooze_allowed);
  CHECK(view->taken_today == 2);
  CHECK(view->prompted_today == 3);
  REQUIRE(view->exercises.size() == 2);
  CHECK(view->exercises[0].hold_s == 15);
  CHECK(view->exercises[0].repeat == 3);
  CHECK_FALSE(view->exercises[0].breathing);
  CHECK(view->exercises[1].image == "/x/b.svg");
  REQUIRE(view->exercises[1].breathing);
  CHECK(view->exercises[1].breathing->hold_after == 4);
  CHECK(view->exercises[1].breathing->cycles == 3);
}

TEST_CASE("no window for a null plan or one it cannot read") {
  CHECK_FALSE(read_plan_reply(nullptr));
  CHECK_FALSE(read_plan_reply(json{{"kind", "nap"}}));
  CHECK_FALSE(read_plan_reply(json{{"kind", "micro"}, {"duration_s", "long"}}));
  CHECK(read_plan_reply(json{{"kind", "micro"}, {"duration_s", 30}})->remaining_s == 30);
}

TEST_CASE("a rest break walks through its exercises, each for its share of the break") {
  auto view = *read_plan_reply(rest_plan());
  // 60 s + 90 s of exercises stretched over a 300 s break: 120 s and 180 s.
  CHECK(unknot::exercise_index_at(view, 0) == 0);
  CHECK(unknot::exercise_index_at(view, 119) == 0);
  CHECK(unknot::exercise_index_at(view, 121) == 1);
  CHECK(unknot::exercise_index_at(view, 1000) == 1);  // the last stays to the end
  CHECK(unknot::exercise_start_s(view, 1) == Approx(120));
  view.exercises.resize(1);
  CHECK(unknot::exercise_index_at(view, 200) == 0);
}

TEST_CASE("the window's texts read naturally") {
  const auto view = *read_plan_reply(rest_plan());
  CHECK(unknot::hold_repeat_line(view.exercises[0]) == "Hold 15 s \u00b7 Repeat 3 times");
  CHECK(unknot::hold_repeat_line(view.exercises[1]).empty());
  CHECK(unknot::numbered_steps(view.exercises[0]) == "1. Sit tall.\n2. Tilt.");
  CHECK(unknot::today_line(3, 4) == "3 of 4 breaks taken today");
  CHECK(unknot::today_line(1, 1) == "1 of 1 break taken today");
  CHECK(unknot::today_line(0, 0) == "First break today");
  CHECK(unknot::clock_text(245) == "4:05");
  CHECK(unknot::clock_text(9) == "0:09");
  CHECK(unknot::clock_text(-3) == "0:00");
}

TEST_CASE("counts per side say so, and a sigh's top-up breath is read") {
  auto plan = rest_plan();
  plan["exercises"][0]["sides"] = 2;
  plan["exercises"][1]["breathing"]["top_up"] = 1.5;
  const auto view = *read_plan_reply(plan);
  CHECK(view.exercises[0].sides == 2);
  CHECK(unknot::hold_repeat_line(view.exercises[0]) ==
        "Hold 15 s \u00b7 Repeat 3 times \u00b7 Each side");
  CHECK(view.exercises[1].sides == 1);  // a plan without "sides": one
  CHECK(view.exercises[1].breathing->top_up == 1.5);
  CHECK(unknot::pacer_word(unknot::BreathPhase::top_up) == "Sip more");
  CHECK(unknot::pacer_word(unknot::BreathPhase::hold_after) == "Hold");
}
