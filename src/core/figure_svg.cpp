// Shapes to SVG elements, fitted into the picture.
#include "core/figure_svg.hpp"

#include <chrono>
#include <cstdio>

#include "core/figure_timeline.hpp"

namespace unknot {

namespace {

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

std::string element(const Shape& s, const FrameFit& fit) {
  const std::string colour(figure_colour(s.role));
  const double w = s.width * fit.scale;
  switch (s.kind) {
    case Shape::Kind::circle: {
      const Point2 c = fit(s.points[0]);
      return "<circle cx=\"" + num(c.x) + "\" cy=\"" + num(c.y) + "\" r=\"" + num(w) +
             "\" fill=\"" + colour + "\"/>";
    }
    case Shape::Kind::capsule: {
      const Point2 a = fit(s.points[0]), b = fit(s.points[1]);
      return "<line x1=\"" + num(a.x) + "\" y1=\"" + num(a.y) + "\" x2=\"" + num(b.x) + "\" y2=\"" +
             num(b.y) + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(w) +
             "\" stroke-linecap=\"round\"/>";
    }
    case Shape::Kind::polygon: {
      std::string points;
      for (const Point2& p : s.points) {
        const Point2 q = fit(p);
        points += (points.empty() ? "" : " ") + num(q.x) + "," + num(q.y);
      }
      return "<polygon points=\"" + points + "\" fill=\"" + colour + "\" stroke=\"" + colour +
             "\" stroke-width=\"" + num(w) + "\" stroke-linejoin=\"round\"/>";
    }
  }
  return {};
}

}  // namespace

std::string_view figure_colour(ShapeRole role) {
  switch (role) {
    case ShapeRole::body:
      return "#44557a";
    case ShapeRole::body_far:
      return "#8d9ab8";
    case ShapeRole::tinted:
      return "#d9663a";
    case ShapeRole::tinted_far:
      return "#eba585";
    case ShapeRole::prop:
      return "#cfc6b6";
    case ShapeRole::floor:
      return "#9c958a";
    case ShapeRole::eye:
      return "#f4f1ea";
  }
  return "#000000";
}

std::string figure_svg(const FigureScene& scene, const Box& frame, int size,
                       const std::string& title) {
  const FrameFit fit = fit_frame(frame, size, size);
  const std::string side = std::to_string(size);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + side + "\" height=\"" +
                    side + "\" viewBox=\"0 0 " + side + " " + side + "\">\n";
  if (!title.empty()) svg += "<title>" + escaped(title) + "</title>\n";
  // Clip to the picture: the floor runs wider than the frame.
  svg += "<clipPath id=\"frame\"><rect width=\"" + side + "\" height=\"" + side +
         "\"/></clipPath>\n<g clip-path=\"url(#frame)\">\n";
  for (const Shape& s : scene.shapes) svg += element(s, fit) + "\n";
  svg += "</g>\n</svg>\n";
  return svg;
}

FigureTiming figure_timing(const Exercise& e) {
  FigureTiming t;
  if (e.hold) t.hold = std::chrono::duration<double>(*e.hold).count();
  if (e.repeat) t.repeat = *e.repeat;
  return t;
}

std::string exercise_figure_svg(const Exercise& e, std::optional<double> seconds, int size) {
  if (!e.figure) return {};
  const FigureTimeline timeline(*e.figure, figure_timing(e));
  const double at = seconds.value_or(timeline.still_time());
  const FigureScene scene = figure_scene(*e.figure, timeline.pose_at(at), e.areas);
  return figure_svg(scene, figure_frame(*e.figure), size,
                    e.title + " — " + timeline.key_name_at(at));
}

}  // namespace unknot
