#pragma once
// An exercise's figure as values (INTERFACE.md "Exercise figures"): a base
// posture, props, a view and key poses given as joint angles in degrees from
// anatomical neutral. Pure: the timeline and the drawing take time as an
// argument (figure_timeline.hpp, figure_scene.hpp).
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

enum class Joint {
  head,
  neck,
  chest,
  pelvis,
  l_shoulder,
  l_elbow,
  l_wrist,
  l_hip,
  l_knee,
  l_ankle,
  l_knuckles,
  l_fingers,
  r_shoulder,
  r_elbow,
  r_wrist,
  r_hip,
  r_knee,
  r_ankle,
  r_knuckles,
  r_fingers,
};
inline constexpr std::size_t kJointCount = 20;

std::string_view to_string(Joint joint);
std::optional<Joint> joint_from_string(std::string_view name);
/// The same joint on the other side (l_elbow <-> r_elbow); axial joints are their own mirror.
Joint mirrored(Joint joint);
bool is_axial(Joint joint);

/// Degrees from neutral: flex (forward +), abd (away from the midline +; for
/// head, neck, chest and pelvis a side bend to the figure's left +), rot (to
/// the figure's left +; for limbs outward +).
struct JointAngles {
  double flex = 0;
  double abd = 0;
  double rot = 0;
  friend bool operator==(const JointAngles&, const JointAngles&) = default;
};

/// Which angles a key sets; the others keep the previous key's (the first
/// key's, the base posture's).
struct JointSetting {
  std::optional<double> flex;
  std::optional<double> abd;
  std::optional<double> rot;
  friend bool operator==(const JointSetting&, const JointSetting&) = default;
};

using Pose = std::array<JointAngles, kJointCount>;

enum class FigureView { side, front, three_quarter };
enum class FigureBase { sit_tall, stand_tall, stand_at_wall, stand_at_desk, on_floor };
/// ball: at the upper back (against a wall, chair or the floor); ball-hand:
/// in the raised hand; ball-chest: at the front of the chest; ball-foot:
/// under the right foot.
enum class FigureProp {
  chair,
  desk,
  wall,
  door,
  ball,
  roller,
  floor,
  ball_hand,
  ball_chest,
  ball_foot
};
/// What the picture frames: the whole body with its props, or a close-up.
enum class FigureFocus { body, head, hands };

std::string_view to_string(FigureView view);
std::string_view to_string(FigureBase base);
std::string_view to_string(FigureProp prop);
std::string_view to_string(FigureFocus focus);
const std::vector<std::string_view>& figure_view_names();
const std::vector<std::string_view>& figure_base_names();
const std::vector<std::string_view>& figure_prop_names();
const std::vector<std::string_view>& figure_focus_names();

struct FigureKey {
  std::string name;
  double dur = 1;     ///< seconds to move into this pose
  bool hold = false;  ///< stays for the exercise's hold
  std::array<std::optional<JointSetting>, kJointCount> joints{};
  friend bool operator==(const FigureKey&, const FigureKey&) = default;
};

struct Figure {
  FigureView view = FigureView::side;
  FigureBase base = FigureBase::sit_tall;
  bool mirror = false;  ///< sides = "mirror": the keys again for the other side
  std::vector<FigureProp> props;
  FigureFocus focus = FigureFocus::body;
  std::vector<FigureKey> keys;
  friend bool operator==(const Figure&, const Figure&) = default;
};

/// The base posture's angles (sitting: hips and knees bent 90, ...).
Pose base_pose(FigureBase base);

/// Each key's whole pose: the base, then each key's settings on top of the
/// previous key's pose (what a key leaves out stays as it was).
std::vector<Pose> resolved_poses(const Figure& figure);

/// The pose for the other side: left and right swapped, side bends and turns reversed.
Pose mirrored(const Pose& pose);

/// The safe display range of one angle of one joint, in degrees.
struct AngleRange {
  double min = 0;
  double max = 0;
};
struct JointRange {
  AngleRange flex, abd, rot;
};
/// Never an end-of-range or risky position in a picture (the neck barely back, ...).
const JointRange& safe_range(Joint joint);

struct RangeProblem {
  std::size_t key = 0;  ///< index into Figure::keys
  Joint joint = Joint::head;
  std::string_view angle;  ///< "flex", "abd" or "rot"
  double value = 0;
  AngleRange range;
  friend bool operator==(const RangeProblem& a, const RangeProblem& b) {
    return a.key == b.key && a.joint == b.joint && a.angle == b.angle && a.value == b.value;
  }
};

/// Every angle of every resolved key outside its safe display range.
std::vector<RangeProblem> out_of_range(const Figure& figure);

/// "neck flex -30 is outside the safe display range -15..45".
std::string describe(const RangeProblem& problem);

}  // namespace unknot
