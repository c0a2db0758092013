#pragma once
// The statistics window's charts: panels that paint a StatsModel with
// wxGraphicsContext in the system font and colours that read on light and
// dark themes. Each sets its tooltip and help text to the figures as text.
#include <functional>
#include <string>

#include <wx/brush.h>
#include <wx/colour.h>
#include <wx/font.h>
#include <wx/graphics.h>
#include <wx/panel.h>
#include <wx/pen.h>

#include "ui/chart_layout.hpp"
#include "ui/stats_window_model.hpp"

namespace unknot {

/// Colours for the charts, picked for the current theme's background.
struct ChartPalette {
  wxColour background, text, muted, grid;
  wxColour taken, natural, snoozed, skipped;  ///< the four outcomes
  wxColour sitting, streak, area;
  /// The palette for the system colours now in force, on `background`.
  static ChartPalette current(const wxColour& background);
  /// The outcome colour for series `i` (taken, natural, snoozed, skipped).
  [[nodiscard]] const wxColour& outcome(int i) const;
};

/// A panel drawing one chart of the model it is given.
class ChartPanel : public wxPanel {
 public:
  /// `name` is the accessible name ("Breaks per day chart").
  ChartPanel(wxWindow* parent, const wxString& name);
  /// Shows `model` (owned by the window, outlives the panel's use of it).
  void set_model(const StatsModel& model);

 protected:
  /// Paints the chart in a `size` area; `model()` is set.
  virtual void draw(wxGraphicsContext& gc, const ChartPalette& palette, wxSize size) = 0;
  /// The figures as text, for tooltips and screen readers.
  [[nodiscard]] virtual std::string summary() const = 0;
  [[nodiscard]] const StatsModel& model() const { return *model_; }
  /// The system font (optionally bold or smaller) in `colour`.
  void use_font(wxGraphicsContext& gc, const wxColour& colour, bool bold = false,
                bool small = false) const;
  /// Horizontal grid lines and tick labels at the left of `plot`.
  void draw_y_axis(wxGraphicsContext& gc, const ChartPalette& p, const chart::Scale& scale,
                   const wxRect2DDouble& plot, const std::function<wxString(double)>& label) const;
  /// The day labels under `plot`, thinned when the slots are too narrow.
  void draw_day_labels(wxGraphicsContext& gc, const ChartPalette& p,
                       const std::vector<chart::Slot>& slots, double y) const;
  /// Width for the widest of `labels` in the small font.
  double label_width(wxGraphicsContext& gc, const std::vector<wxString>& labels) const;
  /// Height of one line of text in the current font.
  static double line_height(wxGraphicsContext& gc);
  /// A coloured square and its caption at (x, y); returns the x after it.
  double draw_key(wxGraphicsContext& gc, const ChartPalette& p, double x, double y,
                  const wxColour& colour, const wxString& text) const;

 private:
  void on_paint(wxPaintEvent&);

  const StatsModel* model_ = nullptr;
};

/// The last 14 days as stacked bars of taken / natural / snoozed / skipped.
class BreaksChart : public ChartPanel {
 public:
  explicit BreaksChart(wxWindow* parent);

 protected:
  void draw(wxGraphicsContext& gc, const ChartPalette& palette, wxSize size) override;
  [[nodiscard]] std::string summary() const override;
};

/// Daily sitting time as bars, each day's longest stretch marked on its bar.
class SittingChart : public ChartPanel {
 public:
  explicit SittingChart(wxWindow* parent);

 protected:
  void draw(wxGraphicsContext& gc, const ChartPalette& palette, wxSize size) override;
  [[nodiscard]] std::string summary() const override;
};

/// Body areas worked this week as horizontal bars.
class AreasChart : public ChartPanel {
 public:
  explicit AreasChart(wxWindow* parent);

 protected:
  void draw(wxGraphicsContext& gc, const ChartPalette& palette, wxSize size) override;
  [[nodiscard]] std::string summary() const override;
};

}  // namespace unknot
