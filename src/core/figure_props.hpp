#pragma once
// Private to the figure drawing: the view's projection and the props as shapes.
#include <cmath>
#include <numbers>
#include <vector>

#include "core/figure_body.hpp"
#include "core/figure_scene.hpp"

namespace unknot {

/// An orthographic view turned about the vertical: side (the figure's right
/// side, facing right), front (facing the viewer, its left on the viewer's
/// right) or three-quarter between them.
class Projection {
 public:
  explicit Projection(FigureView view)
      : turn_(view == FigureView::side    ? 0
              : view == FigureView::front ? std::numbers::pi / 2
                                          : std::numbers::pi * 40 / 180),
        cos_(std::cos(turn_)),
        sin_(std::sin(turn_)) {}
  [[nodiscard]] Point2 point(Vec3 v) const { return {v.x * cos_ + v.z * sin_, v.y}; }
  [[nodiscard]] Point2 direction(Vec3 v) const { return point(v); }
  /// Larger is farther from the viewer.
  [[nodiscard]] double depth(Vec3 v) const { return -v.x * sin_ + v.z * cos_; }

 private:
  double turn_, cos_, sin_;
};

/// The figure's props (chair, desk, wall, door, ball, roller) and the floor,
/// placed for its base posture, drawn behind the body.
std::vector<Shape> prop_shapes(const Figure& figure, const BodyPoints& body,
                               const Projection& view);

}  // namespace unknot
