#include "ui/chart_panel.hpp"

#include <algorithm>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include "ui/accessible.hpp"

namespace unknot {

namespace {

bool is_dark(const wxColour& c) {
  return 0.299 * c.Red() + 0.587 * c.Green() + 0.114 * c.Blue() < 128;
}

wxColour mix(const wxColour& a, const wxColour& b, double t) {
  auto m = [t](int x, int y) { return static_cast<unsigned char>(x + (y - x) * t); };
  return {m(a.Red(), b.Red()), m(a.Green(), b.Green()), m(a.Blue(), b.Blue())};
}

}  // namespace

ChartPalette ChartPalette::current(const wxColour& background) {
  ChartPalette p;
  p.background = background;
  p.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
  p.muted = mix(p.text, p.background, 0.4);
  p.grid = mix(p.text, p.background, 0.88);
  // Mid-tone hues that keep their contrast on either background; dark themes
  // get lighter variants so the bars do not sink into the window.
  const bool dark = is_dark(p.background);
  p.taken = dark ? wxColour(92, 190, 138) : wxColour(46, 139, 96);
  p.natural = dark ? wxColour(110, 168, 224) : wxColour(66, 124, 190);
  p.snoozed = dark ? wxColour(232, 184, 84) : wxColour(214, 150, 40);
  p.skipped = dark ? wxColour(226, 122, 112) : wxColour(196, 84, 76);
  p.sitting = dark ? wxColour(126, 150, 178) : wxColour(146, 166, 190);
  p.streak = dark ? wxColour(240, 140, 70) : wxColour(200, 90, 30);
  p.area = dark ? wxColour(160, 140, 220) : wxColour(122, 98, 190);
  return p;
}

const wxColour& ChartPalette::outcome(int i) const {
  switch (i) {
    case 0:
      return taken;
    case 1:
      return natural;
    case 2:
      return snoozed;
    default:
      return skipped;
  }
}

ChartPanel::ChartPanel(wxWindow* parent, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(260, 160)));
  Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void ChartPanel::set_model(const StatsModel& model) {
  model_ = &model;
  const wxString text = wxString::FromUTF8(summary());
  SetToolTip(text);
  set_accessible(this, GetName(), text);
  Refresh();
}

void ChartPanel::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  // The window's surface is the theme's window colour (stats_window.cpp).
  const ChartPalette palette =
      ChartPalette::current(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
  dc.SetBackground(wxBrush(palette.background));
  dc.Clear();
  if (model_ == nullptr) return;
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc) return;
  gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
  draw(*gc, palette, GetClientSize());
}

void ChartPanel::use_font(wxGraphicsContext& gc, const wxColour& colour, bool bold,
                          bool small) const {
  wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
  if (bold) font.MakeBold();
  if (small) font.SetFractionalPointSize(font.GetFractionalPointSize() * 0.9);
  gc.SetFont(font, colour);
}

double ChartPanel::line_height(wxGraphicsContext& gc) {
  double w = 0;
  double h = 0;
  gc.GetTextExtent("Ag", &w, &h);
  return h;
}

double ChartPanel::label_width(wxGraphicsContext& gc, const std::vector<wxString>& labels) const {
  double widest = 0;
  for (const auto& label : labels) {
    double w = 0;
    double h = 0;
    gc.GetTextExtent(label, &w, &h);
    widest = std::max(widest, w);
  }
  return widest;
}

void ChartPanel::draw_y_axis(wxGraphicsContext& gc, const ChartPalette& p,
                             const chart::Scale& scale, const wxRect2DDouble& plot,
                             const std::function<wxString(double)>& label) const {
  use_font(gc, p.muted, false, true);
  const double half = line_height(gc) / 2;
  gc.SetPen(wxPen(p.grid, 1));
  for (const double tick : scale.ticks) {
    const double y = std::round(chart::y_of(tick, scale, plot.m_y, plot.m_height)) + 0.5;
    gc.StrokeLine(plot.m_x, y, plot.m_x + plot.m_width, y);
    const wxString text = label(tick);
    double w = 0;
    double h = 0;
    gc.GetTextExtent(text, &w, &h);
    gc.DrawText(text, plot.m_x - w - FromDIP(8), y - half);
  }
}

void ChartPanel::draw_day_labels(wxGraphicsContext& gc, const ChartPalette& p,
                                 const std::vector<chart::Slot>& slots, double y) const {
  use_font(gc, p.muted, false, true);
  const auto& days = model().days;
  std::vector<wxString> labels;
  for (const auto& d : days) labels.push_back(wxString::FromUTF8(day_label(d.date)));
  const double slot = slots.size() > 1 ? slots[1].centre - slots[0].centre : 1e9;
  // "Mon 17" where it fits, else the day number alone: never overlapping text.
  const bool full = label_width(gc, labels) + FromDIP(4) <= slot;
  for (std::size_t i = 0; i < slots.size() && i < days.size(); ++i) {
    wxString text = labels[i];
    if (!full) text = text.AfterFirst(' ');
    double w = 0;
    double h = 0;
    gc.GetTextExtent(text, &w, &h);
    gc.DrawText(text, slots[i].centre - w / 2, y);
  }
}

double ChartPanel::draw_key(wxGraphicsContext& gc, const ChartPalette& p, double x, double y,
                            const wxColour& colour, const wxString& text) const {
  use_font(gc, p.text, false, true);
  const double h = line_height(gc);
  const double box = FromDIP(10);
  gc.SetPen(*wxTRANSPARENT_PEN);
  gc.SetBrush(wxBrush(colour));
  gc.DrawRoundedRectangle(x, y + (h - box) / 2, box, box, FromDIP(2));
  double w = 0;
  double text_h = 0;
  gc.GetTextExtent(text, &w, &text_h);
  gc.DrawText(text, x + box + FromDIP(6), y);
  return x + box + FromDIP(6) + w + FromDIP(16);
}

}  // namespace unknot
