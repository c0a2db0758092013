// Forward kinematics: each joint's rotation applied in its parent's frame.
#include "core/figure_body.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace unknot {

namespace {

using namespace body;

double rad(double degrees) { return degrees * std::numbers::pi / 180; }

// Rotations about the frame's own axes: z (flexion), x (abduction), y (turning).
Frame3 about_z(double deg) {
  const double c = std::cos(rad(deg)), s = std::sin(rad(deg));
  return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
}
Frame3 about_x(double deg) {
  const double c = std::cos(rad(deg)), s = std::sin(rad(deg));
  return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
}
Frame3 about_y(double deg) {
  const double c = std::cos(rad(deg)), s = std::sin(rad(deg));
  return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
}

const JointAngles& at(const Pose& pose, Joint j) { return pose[static_cast<std::size_t>(j)]; }

// The spine points up: flexing forward turns it toward +x, a side bend to
// the left toward +z, a turn to the left turns the face toward +z.
Frame3 axial(const JointAngles& a) { return about_z(-a.flex) * about_x(a.abd) * about_y(-a.rot); }

// Limbs hang down: flexing moves them forward, abducting away from the
// midline (+z on the left), rotating turns their front outward. `side` is
// +1 on the left and -1 on the right.
Frame3 limb(const JointAngles& a, double side) {
  return about_z(a.flex) * about_x(-side * a.abd) * about_y(-side * a.rot);
}

// The shoulder abducts last, so a flex below zero on a raised arm takes it
// back in the horizontal plane (elbows back in a doorway stretch); at the
// hip, flexion comes last, so an abducted thigh stays open when it lifts
// (figure four).
Frame3 shoulder(const JointAngles& a, double side) {
  return about_x(-side * a.abd) * about_z(a.flex) * about_y(-side * a.rot);
}

LimbPoints limb_points(const BodyRoot& root, const Frame3& chest, Vec3 neck_base, const Pose& pose,
                       bool left) {
  const double side = left ? 1 : -1;
  const auto j = [&](Joint l, Joint r) -> const JointAngles& { return at(pose, left ? l : r); };
  LimbPoints p;
  p.shoulder = neck_base + chest * Vec3{-0.01, -0.03, side * kShoulderHalf};
  const Frame3 upper = chest * shoulder(j(Joint::l_shoulder, Joint::r_shoulder), side);
  p.elbow = p.shoulder + upper * Vec3{0, -kUpperArm, 0};
  const Frame3 fore = upper * about_z(j(Joint::l_elbow, Joint::r_elbow).flex);
  p.wrist = p.elbow + fore * Vec3{0, -kForearm, 0};
  const JointAngles& w = j(Joint::l_wrist, Joint::r_wrist);
  const Frame3 hand = fore * about_z(w.flex) * about_x(-side * w.abd);
  p.knuckles = p.wrist + hand * Vec3{0, -kPalm, 0};
  // The fingers curl toward the palm: `fingers` bends the two finger joints
  // together, drawn as one bend in the middle.
  const Frame3 proximal = hand * about_z(j(Joint::l_knuckles, Joint::r_knuckles).flex);
  p.finger_middle = p.knuckles + proximal * Vec3{0, -kFinger, 0};
  const Frame3 distal = proximal * about_z(j(Joint::l_fingers, Joint::r_fingers).flex);
  p.finger_tip = p.finger_middle + distal * Vec3{0, -kFinger, 0};

  p.hip = root.pelvis + root.frame * Vec3{0, 0, side * kHipHalf};
  const Frame3 thigh = root.frame * limb(j(Joint::l_hip, Joint::r_hip), side);
  p.knee = p.hip + thigh * Vec3{0, -kThigh, 0};
  const Frame3 shin = thigh * about_z(-j(Joint::l_knee, Joint::r_knee).flex);
  p.ankle = p.knee + shin * Vec3{0, -kShin, 0};
  const Frame3 foot = shin * about_z(-j(Joint::l_ankle, Joint::r_ankle).flex);
  p.heel = p.ankle + foot * Vec3{-0.05, -kAnkleHeight + 0.01, 0};
  p.toe = p.ankle + foot * Vec3{0.18, -kAnkleHeight + 0.01, 0};
  return p;
}

// A standing figure's lowest foot rests on the floor, however its legs are
// set (a stride, one knee bent): the body moves down or up to meet it.
void stand_on_floor(BodyPoints& b) {
  const double lowest = std::min({b.left.heel.y, b.left.toe.y, b.right.heel.y, b.right.toe.y});
  const Vec3 shift{0, -lowest, 0};
  for (Vec3* v : {&b.pelvis, &b.waist, &b.neck_base, &b.head_base, &b.head_centre, &b.nose,
                  &b.eyes[0], &b.eyes[1]})
    *v = *v + shift;
  for (LimbPoints* l : {&b.left, &b.right})
    for (Vec3* v : {&l->shoulder, &l->elbow, &l->wrist, &l->knuckles, &l->finger_middle,
                    &l->finger_tip, &l->hip, &l->knee, &l->ankle, &l->heel, &l->toe})
      *v = *v + shift;
}

}  // namespace

BodyRoot body_root(FigureBase base) {
  switch (base) {
    case FigureBase::sit_tall:
      return {{0, kSeatHeight + 0.08, 0}, {}};
    case FigureBase::on_floor:  // on the back, head toward -x
      return {{0, 0.10, 0}, about_z(90)};
    case FigureBase::stand_tall:
    case FigureBase::stand_at_wall:
    case FigureBase::stand_at_desk:
      break;
  }
  return {{0, kAnkleHeight + kShin + kThigh, 0}, {}};
}

BodyPoints body_points(FigureBase base, const Pose& pose) {
  const BodyRoot root = body_root(base);
  BodyPoints b;
  b.pelvis = root.pelvis;
  const Frame3 trunk = root.frame * axial(at(pose, Joint::pelvis));
  b.trunk = trunk;
  b.waist = b.pelvis + trunk * Vec3{0, kLowerTrunk, 0};
  b.chest = trunk * axial(at(pose, Joint::chest));
  b.neck_base = b.waist + b.chest * Vec3{0, kChest, 0};
  const Frame3 neck = b.chest * axial(at(pose, Joint::neck));
  b.head_base = b.neck_base + neck * Vec3{0, kNeck, 0};
  b.head = neck * axial(at(pose, Joint::head));
  b.head_centre = b.head_base + b.head * Vec3{0.0, 0.09, 0};
  b.nose = b.head_centre + b.head * Vec3{0.115, -0.01, 0};
  b.eyes = {b.head_centre + b.head * Vec3{0.075, 0.02, 0.04},
            b.head_centre + b.head * Vec3{0.075, 0.02, -0.04}};
  b.left = limb_points(root, b.chest, b.neck_base, pose, true);
  b.right = limb_points(root, b.chest, b.neck_base, pose, false);
  if (base != FigureBase::sit_tall && base != FigureBase::on_floor) stand_on_floor(b);
  return b;
}

}  // namespace unknot
