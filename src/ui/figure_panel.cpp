#include "ui/figure_panel.hpp"

#include <algorithm>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "core/figure_svg.hpp"
#include "ui/accessible.hpp"

namespace unknot {

namespace {

constexpr std::size_t kMostStillPoses = 4;
/// A still pose is drawn this much of the animated size, so four fit a window.
constexpr double kStillScale = 0.62;

wxColour colour_of(ShapeRole role) { return wxColour(wxString(std::string(figure_colour(role)))); }

/// The figure's colours are its own (skin-neutral blue, tinted areas in
/// orange), so it stands on a light card on dark themes too.
const wxColour& card_colour() {
  static const wxColour card(0xfb, 0xf9, 0xf5);
  return card;
}

void draw_shape(wxGraphicsContext& gc, const Shape& s, const FrameFit& fit) {
  const wxColour colour = colour_of(s.role);
  const double w = s.width * fit.scale;
  switch (s.kind) {
    case Shape::Kind::circle: {
      const Point2 c = fit(s.points[0]);
      gc.SetPen(*wxTRANSPARENT_PEN);
      gc.SetBrush(wxBrush(colour));
      gc.DrawEllipse(c.x - w, c.y - w, 2 * w, 2 * w);
      return;
    }
    case Shape::Kind::capsule: {
      const Point2 a = fit(s.points[0]), b = fit(s.points[1]);
      wxGraphicsPenInfo pen(colour, std::max(w, 1.0));
      pen.Cap(wxCAP_ROUND);
      gc.SetPen(gc.CreatePen(pen));
      gc.StrokeLine(a.x, a.y, b.x, b.y);
      return;
    }
    case Shape::Kind::polygon: {
      if (s.points.empty()) return;
      wxGraphicsPath path = gc.CreatePath();
      const Point2 first = fit(s.points[0]);
      path.MoveToPoint(first.x, first.y);
      for (std::size_t i = 1; i < s.points.size(); ++i) {
        const Point2 p = fit(s.points[i]);
        path.AddLineToPoint(p.x, p.y);
      }
      path.CloseSubpath();
      wxGraphicsPenInfo pen(colour, std::max(w, 1.0));
      pen.Join(wxJOIN_ROUND);
      gc.SetPen(gc.CreatePen(pen));
      gc.SetBrush(wxBrush(colour));
      gc.DrawPath(path);
      return;
    }
  }
}

}  // namespace

FigureTiming plan_figure_timing(const PlanExercise& step) {
  FigureTiming timing;
  if (step.hold_s) timing.hold = *step.hold_s;
  if (step.repeat) timing.repeat = *step.repeat;
  return timing;
}

std::vector<double> still_moments(const FigureTimeline& timeline, std::size_t most) {
  std::vector<double> held, every;
  for (std::size_t i = 0; i < timeline.steps().size(); ++i) {
    const FigureStep& step = timeline.steps()[i];
    // The first side's first round only: repeats show the same poses again.
    if (step.other_side || (i > 0 && step.key <= timeline.steps()[i - 1].key)) break;
    const double arrived = step.start + step.move;
    every.push_back(arrived);
    if (step.stay > 0) held.push_back(arrived);
    if (held.size() >= most) break;
  }
  // One pose alone says nothing about the move: then show where it starts too.
  if (held.size() < 2) held = every;
  if (held.size() > most) held.resize(most);
  return held;
}

FigurePanel::FigurePanel(wxWindow* parent, int side)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE,
               "break-figure"),
      side_(side) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(side, side)));
  Bind(wxEVT_PAINT, &FigurePanel::on_paint, this);
  Hide();
}

void FigurePanel::show_figure(const PlanExercise& step, bool reduced_motion) {
  figure_ = step.figure;
  timeline_.reset();
  moments_.clear();
  announced_step_ = static_cast<std::size_t>(-1);
  if (!figure_ || figure_->keys.empty()) {
    figure_.reset();
    Hide();
    return;
  }
  timeline_.emplace(*figure_, plan_figure_timing(step));
  areas_ = step.areas;
  title_ = step.title;
  frame_ = figure_frame(*figure_);
  still_ = reduced_motion;
  if (still_) {
    moments_ = still_moments(*timeline_, kMostStillPoses);
    const int slot = static_cast<int>(side_ * kStillScale);
    SetMinSize(FromDIP(wxSize(std::max(side_, slot * static_cast<int>(moments_.size())), slot)));
  } else {
    SetMinSize(FromDIP(wxSize(side_, side_)));
  }
  seconds_ = 0;
  Show();
  announce();
  Refresh(false);
}

void FigurePanel::set_time(double seconds) {
  if (!animating()) return;
  seconds_ = seconds;
  announce();
  Refresh(false);
}

std::string FigurePanel::key_name() const {
  if (!timeline_) return {};
  return timeline_->key_name_at(still_ ? moments_.front() : seconds_);
}

void FigurePanel::announce() {
  // A screen reader hears the exercise and, as it moves on, each key's name;
  // a still picture is named by all its poses in order.
  if (still_) {
    std::string poses;
    for (double at : moments_) poses += (poses.empty() ? "" : "; ") + timeline_->key_name_at(at);
    set_accessible(this, wxString::FromUTF8(title_), wxString::FromUTF8(poses));
    return;
  }
  const FigureStep& step = timeline_->step_at(seconds_);
  const auto index = static_cast<std::size_t>(&step - timeline_->steps().data());
  if (index == announced_step_) return;
  announced_step_ = index;
  set_accessible(this, wxString::FromUTF8(title_), wxString::FromUTF8(key_name()));
}

void FigurePanel::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
  dc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc || !timeline_) return;
  gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
  const wxSize size = GetClientSize();
  gc->SetPen(*wxTRANSPARENT_PEN);
  gc->SetBrush(wxBrush(card_colour()));
  gc->DrawRoundedRectangle(0, 0, size.x, size.y, FromDIP(10));
  const std::vector<double> animated{seconds_};
  const std::vector<double>& poses = still_ ? moments_ : animated;
  const double slot = static_cast<double>(size.x) / static_cast<double>(poses.size());
  for (std::size_t i = 0; i < poses.size(); ++i) {
    const FigureScene scene = figure_scene(*figure_, timeline_->pose_at(poses[i]), areas_);
    FrameFit fit = fit_frame(frame_, slot, size.y);
    fit.dx += slot * static_cast<double>(i);
    // Clip each pose to its slot: the floor runs wider than the frame.
    gc->PushState();
    gc->Clip(slot * static_cast<double>(i), 0, slot, size.y);
    for (const Shape& shape : scene.shapes) draw_shape(*gc, shape, fit);
    gc->PopState();
  }
}

}  // namespace unknot
