// An exercise's figure on the wire: the break window must animate exactly the
// poses the daemon loaded, and a figure it cannot draw must not cost the user
// the break window (the exercise shows without its figure).
#include "protocol/figure_json.hpp"

#include <catch2/catch.hpp>

#include "protocol/plan_reply.hpp"

using nlohmann::json;
using unknot::Figure;
using unknot::FigureKey;
using unknot::Joint;
using unknot::JointSetting;

namespace {

Figure chin_tuck() {
  Figure f;
  f.view = unknot::FigureView::three_quarter;
  f.base = unknot::FigureBase::stand_at_wall;
  f.mirror = true;
  f.props = {unknot::FigureProp::wall, unknot::FigureProp::ball_hand};
  f.focus = unknot::FigureFocus::head;
  FigureKey tuck;
  tuck.name = "Tuck the chin";
  tuck.dur = 1.5;
  tuck.hold = true;
  tuck.joints[static_cast<std::size_t>(Joint::neck)] = JointSetting{-10, std::nullopt, 5};
  tuck.joints[static_cast<std::size_t>(Joint::r_elbow)] = JointSetting{60, std::nullopt, {}};
  FigureKey back;
  back.name = "Let go";
  back.joints[static_cast<std::size_t>(Joint::neck)] = JointSetting{0, 0, 0};
  f.keys = {tuck, back};
  return f;
}

}  // namespace

TEST_CASE("a figure reads back as it was written, angle for angle") {
  const Figure figure = chin_tuck();
  const json wire = unknot::figure_json(figure);
  CHECK(wire["view"] == "three-quarter");
  CHECK(wire["base"] == "stand-at-wall");
  CHECK(wire["sides"] == "mirror");
  CHECK(wire["props"] == json{"wall", "ball-hand"});
  CHECK(wire["keys"][0]["joints"]["neck"] == json{{"flex", -10.0}, {"rot", 5.0}});
  const auto back = unknot::read_figure(json::parse(wire.dump()));
  REQUIRE(back);
  CHECK(*back == figure);
}

TEST_CASE("a figure this build cannot draw is left out, not guessed at") {
  json wire = unknot::figure_json(chin_tuck());
  SECTION("an unknown base") { wire["base"] = "handstand"; }
  SECTION("an unknown prop") { wire["props"] = {"trampoline"}; }
  SECTION("no keys") { wire["keys"] = json::array(); }
  SECTION("not an object") { wire = "chin-tucks"; }
  CHECK_FALSE(unknot::read_figure(wire));
}

TEST_CASE("a key's unknown joint or wrongly typed field drops only that part") {
  json wire = unknot::figure_json(chin_tuck());
  wire["keys"][0]["joints"]["tail"] = {{"flex", 30}};
  wire["keys"][0]["joints"]["neck"]["abd"] = "a lot";
  wire["keys"][1]["hold"] = "yes";
  wire["keys"][1]["name"] = 7;
  const auto back = unknot::read_figure(wire);
  REQUIRE(back);
  const auto& neck = back->keys[0].joints[static_cast<std::size_t>(Joint::neck)];
  REQUIRE(neck);
  CHECK(neck->flex == -10);
  CHECK_FALSE(neck->abd);
  CHECK_FALSE(back->keys[1].hold);
  CHECK(back->keys[1].name.empty());
}

TEST_CASE("the plan carries each exercise's figure to the break window") {
  unknot::PlanReply plan;
  plan.kind = unknot::BreakKind::rest;
  unknot::PlanExercise with, without;
  with.id = "chin-tucks";
  with.figure = chin_tuck();
  without.id = "box-breathing";
  plan.exercises = {with, without};
  const json wire = plan;
  CHECK(wire["exercises"][1]["figure"].is_null());
  const auto back = unknot::read_plan_reply(json::parse(wire.dump()));
  REQUIRE(back);
  CHECK(back->exercises[0].figure == chin_tuck());
  CHECK_FALSE(back->exercises[1].figure);
}
