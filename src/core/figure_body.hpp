#pragma once
// The figure's body in 3D by forward kinematics: x forward, y up, z to the
// figure's left, meters, the floor at y = 0. Proportions of a person of
// 1.76 m (eight heads): hips at 0.96 m standing, seat at 0.43 m sitting.
#include <array>

#include "core/figure.hpp"

namespace unknot {

struct Vec3 {
  double x = 0, y = 0, z = 0;
  friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
  friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
  friend Vec3 operator*(double k, Vec3 a) { return {k * a.x, k * a.y, k * a.z}; }
};

/// A rotation: columns are the frame's x, y and z axes in the parent.
struct Frame3 {
  Vec3 x{1, 0, 0}, y{0, 1, 0}, z{0, 0, 1};
  [[nodiscard]] Vec3 operator*(Vec3 v) const { return v.x * x + v.y * y + v.z * z; }
  [[nodiscard]] Frame3 operator*(const Frame3& f) const {
    return {*this * f.x, *this * f.y, *this * f.z};
  }
};

/// One side's limb points (left or right).
struct LimbPoints {
  Vec3 shoulder, elbow, wrist, knuckles, finger_middle, finger_tip, hip, knee, ankle, heel, toe;
};

struct BodyPoints {
  Vec3 pelvis, waist, neck_base, head_base, head_centre, nose;
  std::array<Vec3, 2> eyes;
  Frame3 trunk, chest, head;
  LimbPoints left, right;
};

/// Where the base posture puts the pelvis, and which way the body lies.
struct BodyRoot {
  Vec3 pelvis;
  Frame3 frame;
};
BodyRoot body_root(FigureBase base);

BodyPoints body_points(FigureBase base, const Pose& pose);

/// Segment sizes, meters.
namespace body {
inline constexpr double kLowerTrunk = 0.20, kChest = 0.30, kNeck = 0.10, kHeadRadius = 0.105;
inline constexpr double kShoulderHalf = 0.18, kHipHalf = 0.09;
inline constexpr double kUpperArm = 0.30, kForearm = 0.26, kPalm = 0.09, kFinger = 0.05;
inline constexpr double kThigh = 0.45, kShin = 0.43, kAnkleHeight = 0.075;
inline constexpr double kSeatHeight = 0.43;
}  // namespace body

}  // namespace unknot
