#pragma once
// The break window's two drawn controls: a countdown ring and the breathing
// pacer. Both paint with wxGraphicsContext in colours taken from the theme.
#include <optional>

#include <wx/colour.h>
#include <wx/window.h>

#include "core/breathing_pacer.hpp"

namespace unknot {

/// The theme's colours, softened for a calm look.
struct BreakPalette {
  wxColour background;
  wxColour text;
  wxColour muted;   ///< secondary text
  wxColour track;   ///< the ring's empty part
  wxColour accent;  ///< the ring's filled part and the pacer

  /// From wxSystemSettings (works with light and dark GTK themes).
  static BreakPalette from_system();
};

/// Mixes `a` toward `b` by `t` (0 = a, 1 = b).
wxColour blend(const wxColour& a, const wxColour& b, double t);

/// A ring that empties as the break runs, with the time left in its middle.
class ProgressRing : public wxWindow {
 public:
  /// `diameter` in DIPs.
  ProgressRing(wxWindow* parent, const BreakPalette& palette, int diameter);
  /// `fraction_done` 0..1; `label` e.g. "4:05"; redraws when either changed.
  void set_progress(double fraction_done, const wxString& label);

 private:
  void on_paint(wxPaintEvent& event);
  BreakPalette palette_;
  double done_ = 0;
  wxString label_;
};

/// A circle that grows as the user breathes in, stays while they hold and
/// shrinks as they breathe out, with the phase word and seconds below it.
class BreathingPacer : public wxWindow {
 public:
  /// `diameter` in DIPs.
  BreathingPacer(wxWindow* parent, const BreakPalette& palette, int diameter);
  /// Shows the pacer at `state` (redraws).
  void set_state(const PacerState& state);
  /// What it shows now.
  [[nodiscard]] const PacerState& state() const { return state_; }

 private:
  void on_paint(wxPaintEvent& event);
  BreakPalette palette_;
  PacerState state_;
};

}  // namespace unknot
