// The figure model: keys resolved in order, timing of moves, holds, repeats
// and the mirrored side, ease in/out, safe ranges, bases standing on props.
#include "core/figure.hpp"

#include <catch2/catch.hpp>

#include "core/figure_body.hpp"
#include "core/figure_scene.hpp"
#include "core/figure_timeline.hpp"

using namespace unknot;

namespace {

FigureKey key(std::string name, double dur, bool hold, Joint j, JointSetting s) {
  FigureKey k{std::move(name), dur, hold, {}};
  k.joints[static_cast<std::size_t>(j)] = s;
  return k;
}

double flex(const Pose& p, Joint j) { return p[static_cast<std::size_t>(j)].flex; }
double abd(const Pose& p, Joint j) { return p[static_cast<std::size_t>(j)].abd; }

// A chin tuck: move back in 1 s and hold, move out in 2 s.
Figure chin_tuck() {
  Figure f;
  f.keys = {key("tuck", 1, true, Joint::neck, JointSetting{-10, {}, {}}),
            key("release", 2, false, Joint::neck, JointSetting{0, {}, {}})};
  return f;
}

// A side tilt to the left, then the other side.
Figure side_tilt() {
  Figure f;
  f.mirror = true;
  f.keys = {key("tilt", 1, true, Joint::neck, JointSetting{{}, 30, {}}),
            key("ear over shoulder", 1, false, Joint::l_shoulder, JointSetting{{}, 20, {}})};
  return f;
}

}  // namespace

TEST_CASE("ease in/out starts and ends slowly and passes the middle at half time") {
  CHECK(ease_in_out(0) == 0);
  CHECK(ease_in_out(1) == 1);
  CHECK(ease_in_out(0.5) == Approx(0.5));
  CHECK(ease_in_out(0.05) < 0.05);  // slow start
  CHECK(ease_in_out(0.95) > 0.95);  // slow finish
  CHECK(ease_in_out(-1) == 0);
  CHECK(ease_in_out(2) == 1);
}

TEST_CASE("a run is each key's move plus the hold of held keys, times repeat") {
  const Figure f = chin_tuck();
  const FigureTimeline t(f, {.hold = 3, .repeat = 6});
  CHECK(t.length() == Approx(6 * (1 + 3 + 2)));
  REQUIRE(t.steps().size() == 12);
  CHECK(t.steps()[2].start == Approx(6));  // the second tuck
  CHECK(t.key_name_at(0.5) == "tuck");
  CHECK(t.key_name_at(4.5) == "release");
  CHECK(t.key_name_at(6.5) == "tuck");
}

TEST_CASE("a pose eases between keys and stays put while held") {
  const Figure f = chin_tuck();
  const FigureTimeline t(f, {.hold = 3, .repeat = 2});
  CHECK(flex(t.pose_at(0.5), Joint::neck) == Approx(-5));  // half way into the tuck
  CHECK(flex(t.pose_at(0.25), Joint::neck) > -2.5);        // eased: slower at first
  CHECK(flex(t.pose_at(1), Joint::neck) == Approx(-10));
  CHECK(flex(t.pose_at(3.9), Joint::neck) == Approx(-10));  // still held
  CHECK(flex(t.pose_at(5), Joint::neck) == Approx(-5));     // half way out
  CHECK(flex(t.pose_at(6), Joint::neck) == Approx(0));
  CHECK(t.still_time() == Approx(1));
}

TEST_CASE("the run loops, and moving into the first key starts from the last") {
  const Figure f = chin_tuck();
  const FigureTimeline t(f, {.hold = 3, .repeat = 1});
  CHECK(flex(t.pose_at(6.5), Joint::neck) == Approx(flex(t.pose_at(0.5), Joint::neck)));
  CHECK(flex(t.pose_at(-5.5), Joint::neck) == Approx(flex(t.pose_at(0.5), Joint::neck)));
  CHECK(flex(t.pose_at(0), Joint::neck) == Approx(0));  // from "release"
}

TEST_CASE("what a key leaves out keeps the previous key's angle") {
  Figure f = side_tilt();
  const auto poses = resolved_poses(f);
  REQUIRE(poses.size() == 2);
  CHECK(abd(poses[1], Joint::neck) == 30);
  CHECK(abd(poses[1], Joint::l_shoulder) == 20);
  CHECK(flex(poses[0], Joint::l_elbow) == flex(base_pose(f.base), Joint::l_elbow));
}

TEST_CASE("mirror plays the keys again with left and right swapped") {
  const Figure f = side_tilt();
  const FigureTimeline t(f, {.hold = 15, .repeat = 1});
  CHECK(t.length() == Approx(2 * (1 + 15 + 1)));
  const Pose first = t.pose_at(10);
  const Pose other = t.pose_at(17 + 10);
  CHECK(abd(first, Joint::neck) == Approx(30));
  CHECK(abd(other, Joint::neck) == Approx(-30));  // the tilt goes to the right
  CHECK(t.step_at(27).other_side);
  CHECK_FALSE(t.step_at(10).other_side);
  const Pose end_other = t.pose_at(33.99);
  CHECK(abd(end_other, Joint::r_shoulder) == Approx(20).margin(0.05));
  CHECK(abd(end_other, Joint::l_shoulder) == Approx(0));
}

TEST_CASE("keys outside a joint's safe display range are named with their angle") {
  Figure f = chin_tuck();
  f.keys[1].joints[static_cast<std::size_t>(Joint::neck)] = JointSetting{-40, {}, {}};
  const auto problems = out_of_range(f);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].key == 1);
  CHECK(problems[0].joint == Joint::neck);
  CHECK(problems[0].angle == "flex");
  CHECK(describe(problems[0]) == "neck flex -40 is outside the safe display range -15..45");
  CHECK(out_of_range(chin_tuck()).empty());
}

TEST_CASE("the range table keeps risky positions out: neck back, knees bent backward") {
  CHECK(safe_range(Joint::neck).flex.min >= -20);
  CHECK(safe_range(Joint::l_knee).flex.min == 0);
  CHECK(safe_range(Joint::r_elbow).flex.min == 0);
  CHECK(safe_range(Joint::r_knee).flex.max == safe_range(Joint::l_knee).flex.max);
  for (auto base : {FigureBase::sit_tall, FigureBase::stand_tall, FigureBase::stand_at_wall,
                    FigureBase::stand_at_desk, FigureBase::on_floor}) {
    Figure f;
    f.base = base;
    f.keys = {FigureKey{"rest", 1, false, {}}};
    CHECK(out_of_range(f).empty());
  }
}

TEST_CASE("each base posture stands on its props: feet on the floor, seat on the chair") {
  for (auto base : {FigureBase::sit_tall, FigureBase::stand_tall, FigureBase::stand_at_wall,
                    FigureBase::stand_at_desk}) {
    const BodyPoints b = body_points(base, base_pose(base));
    for (const LimbPoints* leg : {&b.left, &b.right}) {
      CHECK(leg->heel.y == Approx(0).margin(0.02));
      CHECK(leg->toe.y == Approx(0).margin(0.02));
    }
    CHECK(b.head_centre.y > 1.0);
  }
  const BodyPoints sit = body_points(FigureBase::sit_tall, base_pose(FigureBase::sit_tall));
  // The thigh (15 cm thick) rests on the 43 cm seat.
  CHECK(sit.pelvis.y - 0.075 == Approx(body::kSeatHeight).margin(0.01));
  CHECK(sit.left.knee.y == Approx(sit.pelvis.y).margin(0.01));
  const BodyPoints stand = body_points(FigureBase::stand_tall, base_pose(FigureBase::stand_tall));
  CHECK(stand.head_centre.y + body::kHeadRadius == Approx(1.76).margin(0.04));
  const BodyPoints lying = body_points(FigureBase::on_floor, base_pose(FigureBase::on_floor));
  CHECK(lying.head_centre.y == Approx(body::kHeadRadius).margin(0.03));  // head on the floor
  CHECK(lying.left.heel.y == Approx(0).margin(0.03));                    // feet flat
  CHECK(lying.left.knee.y > 0.3);                                        // knees up
}

TEST_CASE("the frame holds every key on both sides, so the animation never jumps") {
  const Figure f = side_tilt();
  const Box frame = figure_frame(f);
  const FigureTimeline t(f, {.hold = 1, .repeat = 1});
  for (double s = 0; s < t.length(); s += 0.25) {
    const Box b = bounds(figure_scene(f, t.pose_at(s), {}));
    CHECK(b.left >= frame.left);
    CHECK(b.right <= frame.right);
    CHECK(b.top <= frame.top);
    CHECK(b.bottom >= frame.bottom);
  }
}

TEST_CASE("the exercise's areas are tinted, the rest is not") {
  const Figure f = chin_tuck();
  const FigureScene plain = figure_scene(f, base_pose(f.base), {});
  const FigureScene neck = figure_scene(f, base_pose(f.base), {"neck"});
  const auto tinted = [](const FigureScene& s) {
    return std::count_if(s.shapes.begin(), s.shapes.end(), [](const Shape& x) {
      return x.role == ShapeRole::tinted || x.role == ShapeRole::tinted_far;
    });
  };
  CHECK(tinted(plain) == 0);
  CHECK(tinted(neck) == 1);
  CHECK(neck.shapes.size() == plain.shapes.size());
}

TEST_CASE("every figure joint's name reads back, and left mirrors right") {
  for (std::size_t j = 0; j < kJointCount; ++j) {
    const auto joint = static_cast<Joint>(j);
    CHECK(joint_from_string(to_string(joint)) == joint);
    CHECK(mirrored(mirrored(joint)) == joint);
  }
  CHECK(mirrored(Joint::l_knee) == Joint::r_knee);
  CHECK(mirrored(Joint::r_fingers) == Joint::l_fingers);
  CHECK(mirrored(Joint::neck) == Joint::neck);
  CHECK(to_string(Joint::r_knee) == "r_knee");
}

TEST_CASE("a standing figure in a stride keeps its feet on the floor") {
  Pose p = base_pose(FigureBase::stand_tall);
  p[static_cast<std::size_t>(Joint::r_hip)].flex = 25;
  p[static_cast<std::size_t>(Joint::r_knee)].flex = 10;
  p[static_cast<std::size_t>(Joint::l_hip)].flex = -15;
  const BodyPoints b = body_points(FigureBase::stand_tall, p);
  CHECK(std::min({b.left.heel.y, b.left.toe.y, b.right.heel.y, b.right.toe.y}) ==
        Approx(0).margin(1e-9));
}

TEST_CASE("a figure close-up on the head frames the head, not the whole body") {
  Figure f = chin_tuck();
  const Box whole = figure_frame(f);
  f.focus = FigureFocus::head;
  const Box head = figure_frame(f);
  CHECK(head.height() < whole.height() / 2);
  CHECK(head.bottom > 0.75);  // head and shoulders, well above the seat
}
