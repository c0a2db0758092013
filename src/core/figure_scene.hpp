#pragma once
// A figure pose as flat shapes to draw, in meters with y up: the body by
// forward kinematics on a person of 1.76 m (8 heads), projected for the
// view, and the props around it. Both the SVG writer and the break window
// draw these shapes, so the picture is the same everywhere.
#include <string>
#include <vector>

#include "core/figure.hpp"

namespace unknot {

struct Point2 {
  double x = 0;
  double y = 0;
};

struct Box {
  double left = 0, bottom = 0, right = 0, top = 0;
  [[nodiscard]] double width() const { return right - left; }
  [[nodiscard]] double height() const { return top - bottom; }
};

/// How a shape is painted: body parts on the near or far side, tinted when
/// they belong to the exercise's areas; props; the floor; the eyes.
enum class ShapeRole { body, body_far, tinted, tinted_far, prop, floor, eye };

struct Shape {
  enum class Kind { capsule, circle, polygon } kind = Kind::capsule;
  std::vector<Point2> points;  ///< capsule: its two ends; circle: the centre; polygon: corners
  double width = 0;            ///< capsule: thickness; circle: radius; polygon: rounding stroke
  ShapeRole role = ShapeRole::body;
  double depth = 0;                      ///< farther is larger; shapes come sorted far to near
  FigureFocus part = FigureFocus::body;  ///< head (and neck), hands, or anything else
};

struct FigureScene {
  std::vector<Shape> shapes;  ///< in drawing order: props, then the body far to near
};

/// The body in `pose` with its props, seen from `view`. Parts in `areas`
/// (body area ids: "neck", "wrists", ...) are tinted.
FigureScene figure_scene(const Figure& figure, const Pose& pose,
                         const std::vector<std::string>& areas);

/// The shapes' extent, capsule thickness included (only the focus's part, for a close-up).
Box bounds(const FigureScene& scene, FigureFocus focus = FigureFocus::body);

/// A frame that holds every key pose on both sides, so an animation does not
/// jump about; with a margin of a tenth.
Box figure_frame(const Figure& figure);

/// Maps scene meters into a `width` x `height` picture (y down), centred.
struct FrameFit {
  double scale = 1, dx = 0, dy = 0;
  [[nodiscard]] Point2 operator()(Point2 p) const { return {dx + p.x * scale, dy - p.y * scale}; }
};
FrameFit fit_frame(const Box& frame, double width, double height);

}  // namespace unknot
