#pragma once
// When each key pose of a figure plays: keys in order, each moved into over
// its `dur` with ease in/out, held keys staying for the exercise's hold, the
// keys looping `repeat` times, then again for the other side when mirrored.
// The whole run loops, so the break window can animate it for as long as it
// is open. Time is an argument; nothing here reads a clock.
#include <string>
#include <vector>

#include "core/figure.hpp"

namespace unknot {

/// What the exercise says about timing, in seconds.
struct FigureTiming {
  double hold = 2;  ///< the exercise's hold (2 s when it has none)
  int repeat = 1;   ///< the exercise's repeat (1 when it has none)
};

/// 0 -> 0, 1 -> 1, slow at both ends (smoothstep); clamps outside 0..1.
double ease_in_out(double t);

/// One key as played: which key, on which side, from when.
struct FigureStep {
  std::size_t key = 0;
  bool other_side = false;
  double start = 0;  ///< seconds from the start of the run
  double move = 0;   ///< seconds moving into the pose
  double stay = 0;   ///< seconds held after arriving
};

class FigureTimeline {
 public:
  FigureTimeline(const Figure& figure, FigureTiming timing);

  /// Seconds for one whole run (all repeats, both sides); the run then loops.
  [[nodiscard]] double length() const { return length_; }
  [[nodiscard]] const std::vector<FigureStep>& steps() const { return steps_; }
  /// The step playing at `seconds` (looped into the run).
  [[nodiscard]] const FigureStep& step_at(double seconds) const;
  /// The pose at `seconds` (looped into the run): eased between the previous
  /// step's pose and this one's while moving, this one's while held.
  [[nodiscard]] Pose pose_at(double seconds) const;
  /// The step's pose (mirrored on the other side).
  [[nodiscard]] const Pose& pose_of(const FigureStep& step) const;
  /// The time a still picture shows: the first held pose reached (else the first key reached).
  [[nodiscard]] double still_time() const;
  /// The name of the key playing at `seconds`.
  [[nodiscard]] const std::string& key_name_at(double seconds) const;

 private:
  [[nodiscard]] double looped(double seconds) const;

  Figure figure_;
  std::vector<Pose> poses_;
  std::vector<Pose> mirrored_poses_;
  std::vector<FigureStep> steps_;
  double length_ = 0;
};

}  // namespace unknot
