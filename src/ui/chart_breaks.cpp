#include <algorithm>

#include "ui/chart_panel.hpp"

namespace unknot {

namespace {

constexpr const char* kSeries[] = {wxTRANSLATE("Taken"), wxTRANSLATE("Natural"),
                                   wxTRANSLATE("Snoozed"), wxTRANSLATE("Skipped")};

}  // namespace

BreaksChart::BreaksChart(wxWindow* parent) : ChartPanel(parent, _("Breaks per day chart")) {}

std::string BreaksChart::summary() const { return breaks_summary(model()); }

void BreaksChart::draw(wxGraphicsContext& gc, const ChartPalette& p, wxSize size) {
  const auto& days = model().days;
  double top_value = 0;
  for (const auto& d : days)
    top_value = std::max<double>(top_value, d.taken + d.natural + d.snoozed + d.skipped);
  const chart::Scale scale = chart::nice_scale(top_value, 4);

  // Legend along the top, right-aligned above the plot.
  use_font(gc, p.text, false, true);
  const double line = line_height(gc);
  double x = FromDIP(4);
  for (int i = 0; i < 4; ++i) x = draw_key(gc, p, x, 0, p.outcome(i), wxGetTranslation(kSeries[i]));

  std::vector<wxString> ticks;
  for (const double t : scale.ticks) ticks.push_back(wxString::Format("%.0f", t));
  use_font(gc, p.muted, false, true);
  const double left = label_width(gc, ticks) + FromDIP(12);
  const double top = line + FromDIP(14);
  const double bottom = size.y - line - FromDIP(8);
  const wxRect2DDouble plot(left, top, std::max(1.0, size.x - left - FromDIP(4)),
                            std::max(1.0, bottom - top));
  draw_y_axis(gc, p, scale, plot, [](double v) { return wxString::Format("%.0f", v); });

  const auto slots = chart::bar_slots(static_cast<int>(days.size()), plot.m_x, plot.m_width, 0.62);
  gc.SetPen(*wxTRANSPARENT_PEN);
  for (std::size_t i = 0; i < slots.size(); ++i) {
    for (const auto& seg : chart::stack(outcomes(days[i]), scale, plot.m_y, plot.m_height)) {
      gc.SetBrush(wxBrush(p.outcome(seg.series)));
      gc.DrawRectangle(slots[i].x, seg.top, slots[i].width, seg.height);
    }
  }
  draw_day_labels(gc, p, slots, bottom + FromDIP(6));
}

}  // namespace unknot
