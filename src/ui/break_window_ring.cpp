#include "ui/break_window_ring.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include "ui/accessible.hpp"
#include "ui/break_window_model.hpp"

namespace unknot {

namespace {

constexpr double kPi = 3.14159265358979323846;

std::unique_ptr<wxGraphicsContext> begin_paint(wxAutoBufferedPaintDC& dc,
                                               const wxColour& background) {
  dc.SetBackground(wxBrush(background));
  dc.Clear();
  return std::unique_ptr<wxGraphicsContext>(wxGraphicsContext::Create(dc));
}

void draw_centred_text(wxGraphicsContext& gc, const wxString& text, const wxFont& font,
                       const wxColour& colour, double cx, double cy) {
  gc.SetFont(font, colour);
  double w = 0;
  double h = 0;
  gc.GetTextExtent(text, &w, &h);
  gc.DrawText(text, cx - w / 2, cy - h / 2);
}

}  // namespace

wxColour blend(const wxColour& a, const wxColour& b, double t) {
  const auto mix = [t](unsigned char x, unsigned char y) {
    return static_cast<unsigned char>(std::lround(x + (y - x) * t));
  };
  return {mix(a.Red(), b.Red()), mix(a.Green(), b.Green()), mix(a.Blue(), b.Blue())};
}

BreakPalette BreakPalette::from_system() {
  BreakPalette p;
  p.background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
  p.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
  p.muted = blend(p.text, p.background, 0.42);
  p.track = blend(p.text, p.background, 0.88);
  // The theme's selection colour, a little quieter than on a selection.
  p.accent = blend(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), p.background, 0.15);
  return p;
}

ProgressRing::ProgressRing(wxWindow* parent, const BreakPalette& palette, int diameter)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE,
               "break-countdown"),
      palette_(palette) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(diameter, diameter)));
  Bind(wxEVT_PAINT, &ProgressRing::on_paint, this);
}

void ProgressRing::set_progress(double fraction_done, const wxString& label) {
  fraction_done = std::clamp(fraction_done, 0.0, 1.0);
  if (std::abs(fraction_done - done_) < 0.002 && label == label_) return;
  done_ = fraction_done;
  label_ = label;
  set_accessible(this, wxString::Format(_("Time left: %s"), label));
  Refresh(false);
}

void ProgressRing::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  auto gc = begin_paint(dc, palette_.background);
  if (!gc) return;
  const wxSize size = GetClientSize();
  const double stroke = FromDIP(7);
  const double radius = std::min(size.x, size.y) / 2.0 - stroke;
  const double cx = size.x / 2.0;
  const double cy = size.y / 2.0;
  gc->SetPen(wxPen(palette_.track, static_cast<int>(stroke)));
  gc->StrokePath([&] {
    wxGraphicsPath path = gc->CreatePath();
    path.AddCircle(cx, cy, radius);
    return path;
  }());
  // What is left of the break, from twelve o'clock clockwise.
  if (done_ < 1) {
    wxGraphicsPath arc = gc->CreatePath();
    const double start = -kPi / 2 + 2 * kPi * done_;
    arc.AddArc(cx, cy, radius, start, 3 * kPi / 2, true);
    wxPen pen(palette_.accent, static_cast<int>(stroke));
    pen.SetCap(wxCAP_ROUND);
    gc->SetPen(pen);
    gc->StrokePath(arc);
  }
  const wxFont font = GetFont().Scaled(radius > FromDIP(40) ? 1.7f : 1.15f);
  draw_centred_text(*gc, label_, font, palette_.text, cx, cy);
}

BreathingPacer::BreathingPacer(wxWindow* parent, const BreakPalette& palette, int diameter)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE,
               "break-pacer"),
      palette_(palette) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(diameter, diameter + 48)));
  Bind(wxEVT_PAINT, &BreathingPacer::on_paint, this);
}

void BreathingPacer::set_state(const PacerState& state) {
  const bool word_changed = state.phase != state_.phase;
  state_ = state;
  if (word_changed)
    set_accessible(this, _("Breathing guide"), wxString::FromUTF8(pacer_word(state.phase)));
  Refresh(false);
}

void BreathingPacer::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  auto gc = begin_paint(dc, palette_.background);
  if (!gc) return;
  const wxSize size = GetClientSize();
  const double label_height = FromDIP(48);
  const double cx = size.x / 2.0;
  const double cy = (size.y - label_height) / 2.0;
  const double outer = std::min<double>(size.x, size.y - label_height) / 2.0 - FromDIP(2);
  const double inner = outer * 0.32;
  // The outline shows how full the lungs will be; the disc how full they are.
  gc->SetPen(wxPen(palette_.track, FromDIP(2)));
  gc->SetBrush(*wxTRANSPARENT_BRUSH);
  gc->DrawEllipse(cx - outer, cy - outer, 2 * outer, 2 * outer);
  const double r = inner + (outer - inner) * state_.size;
  gc->SetPen(*wxTRANSPARENT_PEN);
  gc->SetBrush(wxBrush(blend(palette_.accent, palette_.background, 0.55)));
  gc->DrawEllipse(cx - r, cy - r, 2 * r, 2 * r);
  gc->SetBrush(wxBrush(palette_.accent));
  gc->DrawEllipse(cx - inner, cy - inner, 2 * inner, 2 * inner);
  const wxString word = wxString::FromUTF8(pacer_word(state_.phase));
  draw_centred_text(*gc, word, GetFont().Scaled(1.3f), palette_.text, cx,
                    size.y - label_height + FromDIP(14));
  if (state_.phase != BreathPhase::finished) {
    const int secs = static_cast<int>(std::ceil(state_.seconds_left - 1e-6));
    draw_centred_text(*gc, wxString::Format("%d", std::max(secs, 0)), GetFont(), palette_.muted, cx,
                      size.y - FromDIP(10));
  }
}

}  // namespace unknot
