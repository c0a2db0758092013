// Props as boxes, balls and rollers around the base posture, projected.
#include "core/figure_props.hpp"

#include <algorithm>

namespace unknot {

namespace {

bool has_prop(const Figure& f, FigureProp p) {
  return std::find(f.props.begin(), f.props.end(), p) != f.props.end();
}

double cross(Point2 o, Point2 a, Point2 b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// The outline of points (monotone chain): a projected box is their hull.
std::vector<Point2> hull(std::vector<Point2> pts) {
  std::sort(pts.begin(), pts.end(),
            [](Point2 a, Point2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  std::vector<Point2> out(2 * pts.size());
  std::size_t k = 0;
  for (const Point2& p : pts) {
    while (k >= 2 && cross(out[k - 2], out[k - 1], p) <= 0) --k;
    out[k++] = p;
  }
  for (std::size_t i = pts.size() - 1, t = k + 1; i-- > 0;) {
    while (k >= t && cross(out[k - 2], out[k - 1], pts[i]) <= 0) --k;
    out[k++] = pts[i];
  }
  out.resize(k > 1 ? k - 1 : k);
  return out;
}

struct Props {
  const Projection& view;
  std::vector<Shape> shapes;

  void box(Vec3 lo, Vec3 hi, ShapeRole role = ShapeRole::prop) {
    std::vector<Point2> corners;
    for (int i = 0; i < 8; ++i)
      corners.push_back(
          view.point({i & 1 ? hi.x : lo.x, i & 2 ? hi.y : lo.y, i & 4 ? hi.z : lo.z}));
    const Vec3 mid = 0.5 * (lo + hi);
    shapes.push_back({Shape::Kind::polygon, hull(corners), 0.01, role, view.depth(mid)});
  }

  // A chair seen with its seat under the pelvis (sitting) or in front, back toward the figure.
  void chair(double x0, bool facing_back) {
    const double s = facing_back ? -1 : 1;
    const double seat = body::kSeatHeight;
    for (double lx : {-0.19, 0.19})
      for (double lz : {-0.19, 0.19})
        box({x0 + s * lx - 0.015, 0, lz - 0.015}, {x0 + s * lx + 0.015, seat, lz + 0.015});
    box({x0 - 0.22, seat - 0.04, -0.22}, {x0 + 0.22, seat, 0.22});
    const double back = x0 - s * 0.22;
    box({back - 0.025, seat, -0.21}, {back + 0.025, seat + 0.48, 0.21});
  }

  void desk(double x0, double top) {
    box({x0, top - 0.04, -0.6}, {x0 + 0.7, top, 0.6});
    box({x0 + 0.62, 0, -0.55}, {x0 + 0.66, top - 0.04, -0.51});
    box({x0 + 0.62, 0, 0.51}, {x0 + 0.66, top - 0.04, 0.55});
  }

  void door() {
    for (double z : {-0.48, 0.43}) box({-0.06, 0, z}, {0.06, 2.02, z + 0.05});
    box({-0.06, 2.02, -0.48}, {0.06, 2.08, 0.48});
  }
};

}  // namespace

std::vector<Shape> prop_shapes(const Figure& f, const BodyPoints& body, const Projection& view) {
  Props p{view, {}};
  const bool sitting = f.base == FigureBase::sit_tall;
  const bool on_floor = f.base == FigureBase::on_floor;
  p.box({-3, -0.03, -1}, {3, 0, 1}, ShapeRole::floor);
  if (has_prop(f, FigureProp::wall)) {
    if (f.base == FigureBase::stand_at_wall)
      p.box({-0.21, 0, -0.7}, {-0.16, 2.0, 0.7});
    else
      p.box({0.66, 0, -0.7}, {0.71, 2.0, 0.7});
  }
  if (has_prop(f, FigureProp::door)) p.door();
  if (has_prop(f, FigureProp::chair)) p.chair(sitting ? -0.02 : 0.55, !sitting);
  if (has_prop(f, FigureProp::desk)) {
    // At a standing figure's hands (base posture), else a desk's usual 73 cm.
    const BodyPoints base = body_points(f.base, base_pose(f.base));
    const bool standing = f.base == FigureBase::stand_at_desk;
    p.desk(standing ? base.right.wrist.x - 0.05 : 0.30,
           standing ? base.right.wrist.y - 0.04 : 0.73);
  }
  if (has_prop(f, FigureProp::roller)) {
    const Vec3 at =
        on_floor ? Vec3{-0.42, 0.075, 0} : body.waist + body.chest * Vec3{-0.19, 0.2, 0};
    const Vec3 axis = on_floor ? Vec3{0, 0, 0.35} : 0.35 * body.chest.z;
    p.shapes.push_back({Shape::Kind::capsule,
                        {view.point(at - axis), view.point(at + axis)},
                        0.15,
                        ShapeRole::prop,
                        view.depth(at)});
  }
  const auto ball = [&](FigureProp prop, Vec3 at) {
    if (has_prop(f, prop))
      p.shapes.push_back({Shape::Kind::circle, {view.point(at)}, 0.035, ShapeRole::prop, -1});
  };
  ball(FigureProp::ball, body.waist + body.chest * Vec3{-0.145, 0.22, -0.07});
  ball(FigureProp::ball_chest, body.waist + body.chest * Vec3{0.145, 0.2, -0.07});
  const LimbPoints& raised = body.left.wrist.y > body.right.wrist.y ? body.left : body.right;
  ball(FigureProp::ball_hand, raised.knuckles);
  ball(FigureProp::ball_foot, {body.right.ankle.x + 0.07, 0.035, body.right.ankle.z});
  return p.shapes;
}

}  // namespace unknot
