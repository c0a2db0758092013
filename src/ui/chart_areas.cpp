#include <algorithm>

#include "ui/chart_panel.hpp"

namespace unknot {

AreasChart::AreasChart(wxWindow* parent)
    : ChartPanel(parent, _("Body areas worked this week chart")) {}

std::string AreasChart::summary() const { return areas_summary(model()); }

void AreasChart::draw(wxGraphicsContext& gc, const ChartPalette& p, wxSize size) {
  const auto& areas = model().areas;
  use_font(gc, p.muted);
  const double line = line_height(gc);
  if (areas.empty()) {
    const wxString text = _("No exercises recorded this week yet.");
    double w = 0;
    double h = 0;
    gc.GetTextExtent(text, &w, &h);
    gc.DrawText(text, std::max(0.0, (size.x - w) / 2), (size.y - h) / 2);
    return;
  }
  std::vector<wxString> names;
  int most = 0;
  for (const auto& a : areas) {
    names.push_back(wxString::FromUTF8(a.name));
    most = std::max(most, a.breaks);
  }
  use_font(gc, p.text, false, true);
  const double name_w = label_width(gc, names) + FromDIP(12);
  const double count_w = label_width(gc, {wxString::Format("%d", most)}) + FromDIP(8);
  const double bar_left = name_w;
  const double bar_room = std::max(1.0, size.x - bar_left - count_w - FromDIP(4));
  // Rows fill the panel but never grow into fat blocks or shrink below text.
  const std::size_t fit = static_cast<std::size_t>(std::max(1.0, size.y / (line + FromDIP(4))));
  const std::size_t rows = std::min(areas.size(), fit);
  const double row = std::min<double>(size.y / double(rows), line * 2.2);
  const double bar_h = std::max(line * 0.8, row * 0.6);
  for (std::size_t i = 0; i < rows; ++i) {
    const double y = row * double(i);
    double w = 0;
    double h = 0;
    gc.GetTextExtent(names[i], &w, &h);
    use_font(gc, p.text, false, true);
    gc.DrawText(names[i], name_w - FromDIP(12) - w, y + (row - h) / 2);
    const double len = std::max(2.0, bar_room * areas[i].breaks / most);
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush(p.area));
    gc.DrawRoundedRectangle(bar_left, y + (row - bar_h) / 2, len, bar_h, FromDIP(2));
    use_font(gc, p.muted, false, true);
    gc.DrawText(wxString::Format("%d", areas[i].breaks), bar_left + len + FromDIP(6),
                y + (row - h) / 2);
  }
}

}  // namespace unknot
