// The figure's timeline: steps laid end to end, looked up by time.
#include "core/figure_timeline.hpp"

#include <algorithm>
#include <cmath>

namespace unknot {

namespace {

JointAngles blend(const JointAngles& a, const JointAngles& b, double t) {
  return {a.flex + (b.flex - a.flex) * t, a.abd + (b.abd - a.abd) * t, a.rot + (b.rot - a.rot) * t};
}

}  // namespace

double ease_in_out(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

FigureTimeline::FigureTimeline(const Figure& figure, FigureTiming timing)
    : figure_(figure), poses_(resolved_poses(figure)) {
  for (const Pose& p : poses_) mirrored_poses_.push_back(mirrored(p));
  const int repeat = std::max(timing.repeat, 1);
  const double hold = std::max(timing.hold, 0.0);
  for (int side = 0; side < (figure.mirror ? 2 : 1); ++side) {
    for (int r = 0; r < repeat; ++r) {
      for (std::size_t k = 0; k < figure.keys.size(); ++k) {
        const FigureKey& key = figure.keys[k];
        FigureStep step{k, side == 1, length_, std::max(key.dur, 0.0), key.hold ? hold : 0.0};
        length_ += step.move + step.stay;
        steps_.push_back(step);
      }
    }
  }
}

double FigureTimeline::looped(double seconds) const {
  if (length_ <= 0) return 0;
  const double t = std::fmod(seconds, length_);
  return t < 0 ? t + length_ : t;
}

const FigureStep& FigureTimeline::step_at(double seconds) const {
  static const FigureStep none{};
  if (steps_.empty()) return none;
  const double t = looped(seconds);
  // The last step starting at or before t.
  const auto it = std::upper_bound(steps_.begin(), steps_.end(), t,
                                   [](double v, const FigureStep& s) { return v < s.start; });
  return it == steps_.begin() ? steps_.front() : *(it - 1);
}

const Pose& FigureTimeline::pose_of(const FigureStep& step) const {
  return (step.other_side ? mirrored_poses_ : poses_)[step.key];
}

Pose FigureTimeline::pose_at(double seconds) const {
  if (steps_.empty()) return base_pose(figure_.base);
  const FigureStep& step = step_at(seconds);
  const double into = looped(seconds) - step.start;
  const Pose& to = pose_of(step);
  if (step.move <= 0 || into >= step.move) return to;
  // Moving in from the step before (the run's last step for the first: the loop is seamless).
  const std::size_t i = static_cast<std::size_t>(&step - steps_.data());
  const Pose& from = pose_of(steps_[i == 0 ? steps_.size() - 1 : i - 1]);
  const double t = ease_in_out(into / step.move);
  Pose out{};
  for (std::size_t j = 0; j < kJointCount; ++j) out[j] = blend(from[j], to[j], t);
  return out;
}

double FigureTimeline::still_time() const {
  for (const FigureStep& s : steps_)
    if (s.stay > 0) return s.start + s.move;
  return steps_.empty() ? 0 : steps_.front().start + steps_.front().move;
}

const std::string& FigureTimeline::key_name_at(double seconds) const {
  static const std::string none;
  if (steps_.empty()) return none;
  return figure_.keys[step_at(seconds).key].name;
}

}  // namespace unknot
