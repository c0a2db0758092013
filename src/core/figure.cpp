// Joint, view, base and prop names; base postures; resolving keys; safe ranges.
#include "core/figure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace unknot {

namespace {

constexpr std::array<std::string_view, kJointCount> kJointNames{
    "head",    "neck",   "chest",   "pelvis",     "l_shoulder", "l_elbow",    "l_wrist",
    "l_hip",   "l_knee", "l_ankle", "l_knuckles", "l_fingers",  "r_shoulder", "r_elbow",
    "r_wrist", "r_hip",  "r_knee",  "r_ankle",    "r_knuckles", "r_fingers"};

// Left joints come first, right ones 8 places later (see Joint).
constexpr std::size_t kFirstLeft = 4;
constexpr std::size_t kSideCount = 8;

// Degrees. Wide enough for every stretch in the library, never an end-of-range
// position: the neck and head barely go back, elbows and knees never hyperextend.
constexpr std::array<JointRange, kFirstLeft + kSideCount> kRanges{{
    {{-15, 30}, {-20, 20}, {-30, 30}},    // head (nodding on the neck)
    {{-15, 45}, {-35, 35}, {-70, 70}},    // neck
    {{-25, 45}, {-25, 25}, {-40, 40}},    // chest (on the lower back)
    {{-15, 95}, {-20, 20}, {-30, 30}},    // pelvis (the trunk bending at the hips)
    {{-45, 175}, {-30, 175}, {-90, 90}},  // shoulder
    {{0, 150}, {0, 0}, {-90, 90}},        // elbow
    {{-75, 75}, {-25, 35}, {-10, 10}},    // wrist
    {{-25, 130}, {-35, 50}, {-45, 45}},   // hip
    {{0, 150}, {0, 0}, {-20, 20}},        // knee
    {{-30, 50}, {-20, 20}, {-20, 20}},    // ankle
    {{-10, 90}, {0, 0}, {0, 0}},          // knuckles (the fingers' big joints)
    {{0, 180}, {0, 0}, {0, 0}},           // fingers (both finger joints together)
}};

std::size_t index(Joint j) { return static_cast<std::size_t>(j); }

void set(Pose& pose, Joint j, double flex, double abd = 0, double rot = 0) {
  pose[index(j)] = {flex, abd, rot};
}

void both(Pose& pose, Joint left, double flex, double abd = 0, double rot = 0) {
  set(pose, left, flex, abd, rot);
  set(pose, mirrored(left), flex, abd, rot);
}

void apply(JointAngles& angles, const JointSetting& setting) {
  if (setting.flex) angles.flex = *setting.flex;
  if (setting.abd) angles.abd = *setting.abd;
  if (setting.rot) angles.rot = *setting.rot;
}

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

}  // namespace

std::string_view to_string(Joint joint) { return kJointNames[index(joint)]; }

std::optional<Joint> joint_from_string(std::string_view name) {
  const auto* it = std::find(kJointNames.begin(), kJointNames.end(), name);
  if (it == kJointNames.end()) return std::nullopt;
  return static_cast<Joint>(it - kJointNames.begin());
}

bool is_axial(Joint joint) { return index(joint) < kFirstLeft; }

Joint mirrored(Joint joint) {
  const std::size_t i = index(joint);
  if (i < kFirstLeft) return joint;
  return static_cast<Joint>(i < kFirstLeft + kSideCount ? i + kSideCount : i - kSideCount);
}

std::string_view to_string(FigureView view) { return figure_view_names()[static_cast<int>(view)]; }
std::string_view to_string(FigureBase base) { return figure_base_names()[static_cast<int>(base)]; }
std::string_view to_string(FigureProp prop) { return figure_prop_names()[static_cast<int>(prop)]; }

std::string_view to_string(FigureFocus focus) {
  return figure_focus_names()[static_cast<int>(focus)];
}

const std::vector<std::string_view>& figure_focus_names() {
  static const std::vector<std::string_view> names{"body", "head", "hands"};
  return names;
}

const std::vector<std::string_view>& figure_view_names() {
  static const std::vector<std::string_view> names{"side", "front", "three-quarter"};
  return names;
}
const std::vector<std::string_view>& figure_base_names() {
  static const std::vector<std::string_view> names{"sit-tall", "stand-tall", "stand-at-wall",
                                                   "stand-at-desk", "on-floor"};
  return names;
}
const std::vector<std::string_view>& figure_prop_names() {
  static const std::vector<std::string_view> names{"chair",      "desk",     "wall",  "door",
                                                   "ball",       "roller",   "floor", "ball-hand",
                                                   "ball-chest", "ball-foot"};
  return names;
}

Pose base_pose(FigureBase base) {
  Pose pose{};
  both(pose, Joint::l_elbow, 8);
  switch (base) {
    case FigureBase::sit_tall:  // hands resting on the thighs
      both(pose, Joint::l_hip, 90);
      both(pose, Joint::l_knee, 90);
      both(pose, Joint::l_shoulder, 10);
      both(pose, Joint::l_elbow, 65);
      break;
    case FigureBase::stand_at_desk:  // hands on the desk in front
      both(pose, Joint::l_shoulder, 25);
      both(pose, Joint::l_elbow, 55);
      both(pose, Joint::l_wrist, -60);
      break;
    case FigureBase::on_floor:  // on the back, knees bent, feet flat
      both(pose, Joint::l_hip, 45);
      both(pose, Joint::l_knee, 100);
      both(pose, Joint::l_ankle, 35);
      both(pose, Joint::l_shoulder, 0, 15);
      break;
    case FigureBase::stand_tall:
    case FigureBase::stand_at_wall:
      break;
  }
  return pose;
}

std::vector<Pose> resolved_poses(const Figure& figure) {
  std::vector<Pose> poses;
  Pose pose = base_pose(figure.base);
  for (const FigureKey& key : figure.keys) {
    for (std::size_t j = 0; j < kJointCount; ++j)
      if (key.joints[j]) apply(pose[j], *key.joints[j]);
    poses.push_back(pose);
  }
  return poses;
}

Pose mirrored(const Pose& pose) {
  Pose out{};
  for (std::size_t j = 0; j < kJointCount; ++j) {
    const auto joint = static_cast<Joint>(j);
    JointAngles a = pose[index(mirrored(joint))];
    if (is_axial(joint)) {
      a.abd = -a.abd;
      a.rot = -a.rot;
    }
    out[j] = a;
  }
  return out;
}

const JointRange& safe_range(Joint joint) {
  const std::size_t i = index(joint);
  return kRanges[i < kFirstLeft + kSideCount ? i : i - kSideCount];
}

std::vector<RangeProblem> out_of_range(const Figure& figure) {
  std::vector<RangeProblem> problems;
  const std::vector<Pose> poses = resolved_poses(figure);
  for (std::size_t k = 0; k < poses.size(); ++k) {
    for (std::size_t j = 0; j < kJointCount; ++j) {
      // Only where the key sets the joint: later keys that keep it say nothing new.
      if (!figure.keys[k].joints[j]) continue;
      const auto joint = static_cast<Joint>(j);
      const JointRange& range = safe_range(joint);
      const JointAngles& a = poses[k][j];
      const auto check = [&](std::string_view name, double value, AngleRange r) {
        if (value < r.min - 1e-9 || value > r.max + 1e-9)
          problems.push_back({k, joint, name, value, r});
      };
      check("flex", a.flex, range.flex);
      check("abd", a.abd, range.abd);
      check("rot", a.rot, range.rot);
    }
  }
  return problems;
}

std::string describe(const RangeProblem& p) {
  return std::string(to_string(p.joint)) + " " + std::string(p.angle) + " " + number(p.value) +
         " is outside the safe display range " + number(p.range.min) + ".." + number(p.range.max);
}

}  // namespace unknot
