#include <algorithm>

#include "ui/chart_panel.hpp"

namespace unknot {

namespace {

// A bare 0 at the origin: "0 min" under hour ticks reads as clutter.
wxString tick_text(double seconds) {
  return seconds <= 0 ? wxString("0") : wxString::FromUTF8(duration_text(seconds));
}

}  // namespace

SittingChart::SittingChart(wxWindow* parent)
    : ChartPanel(parent, _("Sitting time per day chart")) {}

std::string SittingChart::summary() const { return sitting_summary(model()); }

void SittingChart::draw(wxGraphicsContext& gc, const ChartPalette& p, wxSize size) {
  const auto& days = model().days;
  double top_value = 0;
  for (const auto& d : days)
    top_value = std::max({top_value, seconds_of(d.sitting), seconds_of(d.longest_sitting)});
  const chart::Scale scale = chart::duration_scale(top_value, 4);

  use_font(gc, p.text, false, true);
  const double line = line_height(gc);
  double x = FromDIP(4);
  x = draw_key(gc, p, x, 0, p.sitting, _("Sitting"));
  draw_key(gc, p, x, 0, p.streak, _("Longest stretch"));

  std::vector<wxString> ticks;
  for (const double t : scale.ticks) ticks.push_back(tick_text(t));
  use_font(gc, p.muted, false, true);
  const double left = label_width(gc, ticks) + FromDIP(12);
  const double top = line + FromDIP(14);
  const double bottom = size.y - line - FromDIP(8);
  const wxRect2DDouble plot(left, top, std::max(1.0, size.x - left - FromDIP(4)),
                            std::max(1.0, bottom - top));
  draw_y_axis(gc, p, scale, plot, tick_text);

  const auto slots = chart::bar_slots(static_cast<int>(days.size()), plot.m_x, plot.m_width, 0.55);
  const double mark = FromDIP(3);
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const auto& s = slots[i];
    if (days[i].sitting > Duration{}) {
      const double y = chart::y_of(seconds_of(days[i].sitting), scale, plot.m_y, plot.m_height);
      gc.SetPen(*wxTRANSPARENT_PEN);
      gc.SetBrush(wxBrush(p.sitting));
      gc.DrawRectangle(s.x, y, s.width, plot.GetBottom() - y);
    }
    if (days[i].longest_sitting > Duration{}) {
      // The streak as a bar-wide tick: where on the day's total it reached.
      const double y =
          chart::y_of(seconds_of(days[i].longest_sitting), scale, plot.m_y, plot.m_height);
      gc.SetBrush(wxBrush(p.streak));
      gc.DrawRoundedRectangle(s.x - mark, y - mark / 2, s.width + 2 * mark, mark, mark / 2);
    }
  }
  draw_day_labels(gc, p, slots, bottom + FromDIP(6));
}

}  // namespace unknot
