// The body's segments as rounded shapes, projected for the view and sorted
// far to near, with the props behind.
#include "core/figure_scene.hpp"

#include <algorithm>
#include <cmath>

#include "core/figure_body.hpp"
#include "core/figure_props.hpp"

namespace unknot {

namespace {

bool has(const std::vector<std::string>& areas, std::string_view area) {
  return std::find(areas.begin(), areas.end(), area) != areas.end() ||
         std::find(areas.begin(), areas.end(), "whole-body") != areas.end();
}

// Widths in meters: what each part looks like from the side and the front.
struct Builder {
  const Projection& view;
  const std::vector<std::string>& areas;
  std::vector<Shape> shapes;
  FigureFocus part = FigureFocus::body;  // what the shapes added now belong to

  ShapeRole role(std::initializer_list<std::string_view> parts, bool far) const {
    const bool tint =
        std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return has(areas, p); });
    if (tint) return far ? ShapeRole::tinted_far : ShapeRole::tinted;
    return far ? ShapeRole::body_far : ShapeRole::body;
  }

  void capsule(Vec3 a, Vec3 b, double width, ShapeRole r, double bias = 0) {
    shapes.push_back({Shape::Kind::capsule,
                      {view.point(a), view.point(b)},
                      width,
                      r,
                      (view.depth(a) + view.depth(b)) / 2 + bias,
                      part});
  }

  // A trunk part between two points: as wide as its frame shows from this view.
  void trunk(Vec3 bottom, Vec3 top, const Frame3& frame, double lateral, double front_back,
             ShapeRole r) {
    const Point2 a = view.point(bottom), b = view.point(top);
    double dx = b.x - a.x, dy = b.y - a.y;
    const double len = std::hypot(dx, dy);
    if (len < 1e-9) return;
    dx /= len;
    dy /= len;
    const auto across = [&](Vec3 axis) {
      const Point2 p = view.direction(axis);
      return std::abs(p.x * -dy + p.y * dx);
    };
    const double half = std::hypot(lateral * across(frame.z), front_back * across(frame.x)) / 2;
    const Point2 n{-dy * half, dx * half};
    shapes.push_back({Shape::Kind::polygon,
                      {{a.x + n.x, a.y + n.y},
                       {b.x + n.x, b.y + n.y},
                       {b.x - n.x, b.y - n.y},
                       {a.x - n.x, a.y - n.y}},
                      0.06,
                      r,
                      (view.depth(bottom) + view.depth(top)) / 2 + 0.001});
  }

  void limbs(const LimbPoints& p, bool far) {
    const double bias = far ? 0.02 : -0.02;
    capsule(p.hip, p.knee, 0.15, role({"hips", "hamstrings"}, far), bias);
    capsule(p.knee, p.ankle, 0.11, role({"calves", "shins"}, far), bias);
    capsule(p.heel, p.toe, 0.07, role({"feet"}, far), bias);
    capsule(p.shoulder, p.elbow, 0.085, role({"arms", "shoulders"}, far), bias);
    capsule(p.elbow, p.wrist, 0.07, role({"arms"}, far), bias);
    part = FigureFocus::hands;
    capsule(p.wrist, p.knuckles, 0.065, role({"wrists"}, far), bias);
    capsule(p.knuckles, p.finger_middle, 0.03, role({"wrists"}, far), bias);
    capsule(p.finger_middle, p.finger_tip, 0.03, role({"wrists"}, far), bias);
    part = FigureFocus::body;
  }
};

void add_body(Builder& b, const BodyPoints& p) {
  const bool left_far = b.view.depth(p.left.shoulder) > b.view.depth(p.right.shoulder) + 0.05;
  const bool right_far = b.view.depth(p.right.shoulder) > b.view.depth(p.left.shoulder) + 0.05;
  b.limbs(p.left, left_far);
  b.limbs(p.right, right_far);
  b.trunk(p.pelvis, p.waist, p.trunk, 0.32, 0.21, b.role({"lower-back", "hips"}, false));
  b.trunk(p.waist, p.neck_base, p.chest, 0.34, 0.22, b.role({"upper-back", "chest"}, false));
  const Vec3 neck_top = p.head_base;
  b.part = FigureFocus::head;
  b.capsule(p.neck_base, neck_top, 0.10, b.role({"neck"}, false), -0.002);
  for (const LimbPoints* side : {&p.left, &p.right}) {
    const Vec3 on_neck = p.neck_base + 0.45 * (neck_top - p.neck_base);
    b.capsule(on_neck, side->shoulder, 0.085,
              b.role({"trapezius", "shoulders"},
                     b.view.depth(side->shoulder) > 0.05 + b.view.depth(p.neck_base)),
              -0.001);
  }
  const double head_depth = b.view.depth(p.head_centre) - 0.005;
  b.shapes.push_back({Shape::Kind::circle,
                      {b.view.point(p.head_centre)},
                      body::kHeadRadius,
                      has(b.areas, "eyes") ? ShapeRole::tinted : ShapeRole::body,
                      head_depth,
                      FigureFocus::head});
  b.capsule(p.head_centre + 0.6 * (p.nose - p.head_centre), p.nose, 0.04, ShapeRole::body,
            head_depth - 0.001);
  for (const Vec3& eye : p.eyes)
    if (b.view.depth(eye) < b.view.depth(p.head_centre) - 0.02)
      b.shapes.push_back({Shape::Kind::circle,
                          {b.view.point(eye)},
                          0.012,
                          ShapeRole::eye,
                          head_depth - 0.002,
                          FigureFocus::head});
  b.part = FigureFocus::body;
}

void grow(Box& box, Point2 p, double r) {
  box.left = std::min(box.left, p.x - r);
  box.right = std::max(box.right, p.x + r);
  box.bottom = std::min(box.bottom, p.y - r);
  box.top = std::max(box.top, p.y + r);
}

}  // namespace

FigureScene figure_scene(const Figure& figure, const Pose& pose,
                         const std::vector<std::string>& areas) {
  const Projection view(figure.view);
  const BodyPoints points = body_points(figure.base, pose);
  Builder b{view, areas, {}};
  add_body(b, points);
  std::stable_sort(b.shapes.begin(), b.shapes.end(),
                   [](const Shape& x, const Shape& y) { return x.depth > y.depth; });
  // Props go behind the body, but for those held against it (a ball: depth below -0.5).
  FigureScene scene;
  std::vector<Shape> props = prop_shapes(figure, points, view);
  const auto against = std::stable_partition(props.begin(), props.end(),
                                             [](const Shape& s) { return s.depth > -0.5; });
  scene.shapes.assign(props.begin(), against);
  scene.shapes.insert(scene.shapes.end(), b.shapes.begin(), b.shapes.end());
  scene.shapes.insert(scene.shapes.end(), against, props.end());
  return scene;
}

Box bounds(const FigureScene& scene, FigureFocus focus) {
  Box box{1e9, 1e9, -1e9, -1e9};
  for (const Shape& s : scene.shapes) {
    if (s.role == ShapeRole::floor) continue;  // as wide as the frame, not a reason to widen it
    if (focus != FigureFocus::body && s.part != focus) continue;
    const double r = s.kind == Shape::Kind::polygon  ? s.width / 2
                     : s.kind == Shape::Kind::circle ? s.width
                                                     : s.width / 2;
    for (const Point2& p : s.points) grow(box, p, r);
  }
  if (box.left > box.right) return {};
  return box;
}

Box figure_frame(const Figure& figure) {
  Box frame{1e9, 1e9, -1e9, -1e9};
  std::vector<Pose> poses = resolved_poses(figure);
  if (poses.empty()) poses.push_back(base_pose(figure.base));
  for (const Pose& pose : poses) {
    for (const Pose& p : {pose, mirrored(pose)}) {
      const Box b = bounds(figure_scene(figure, p, {}), figure.focus);
      grow(frame, {b.left, b.bottom}, 0);
      grow(frame, {b.right, b.top}, 0);
    }
  }
  if (figure.focus != FigureFocus::body) {
    // A close-up: room around the head or hands to see the body they belong to.
    const double room = figure.focus == FigureFocus::head ? 0.12 : 0.08;
    return {frame.left - room, frame.bottom - room, frame.right + room, frame.top + room};
  }
  frame.bottom = std::min(frame.bottom, 0.0);  // the floor is always in the picture
  const double margin = std::max(frame.width(), frame.height()) / 10;
  return {frame.left - margin, frame.bottom - margin, frame.right + margin, frame.top + margin};
}

FrameFit fit_frame(const Box& frame, double width, double height) {
  if (frame.width() <= 0 || frame.height() <= 0) return {};
  const double scale = std::min(width / frame.width(), height / frame.height());
  const double dx = (width - frame.width() * scale) / 2 - frame.left * scale;
  const double dy = (height - frame.height() * scale) / 2 + frame.top * scale;
  return {scale, dx, dy};
}

}  // namespace unknot
