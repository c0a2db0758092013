#pragma once
// The exercise's figure in the break window: the same shapes as the SVG
// export (core/figure_scene.hpp), painted with wxGraphicsContext and moved
// through the exercise's key poses. The window's timer drives it, and only
// while the window is on screen; when the desktop asks for reduced motion it
// shows the key poses side by side, still.
#include <optional>
#include <string>
#include <vector>

#include <wx/window.h>

#include "core/figure.hpp"
#include "core/figure_scene.hpp"
#include "core/figure_timeline.hpp"
#include "protocol/plan_reply.hpp"

namespace unknot {

/// The exercise's timing as the figure plays it (its hold, its repeats).
FigureTiming plan_figure_timing(const PlanExercise& step);

/// The moments a still picture shows: when each held key is reached on the
/// first side (every key's, when none is held), at most `most` of them.
std::vector<double> still_moments(const FigureTimeline& timeline, std::size_t most);

class FigurePanel : public wxWindow {
 public:
  /// `side` in DIPs: the animated figure is side x side.
  FigurePanel(wxWindow* parent, int side);

  /// Shows `step`'s figure from its start, or hides the panel when it has none.
  void show_figure(const PlanExercise& step, bool reduced_motion);
  /// Moves the figure to `seconds` into its animation (a still one stays).
  void set_time(double seconds);

  /// True while there is a figure that moves (a timer should drive it).
  [[nodiscard]] bool animating() const { return timeline_.has_value() && !still_; }
  /// The name of the key pose on screen ("" without a figure).
  [[nodiscard]] std::string key_name() const;

 private:
  void on_paint(wxPaintEvent& event);
  void announce();

  int side_;
  std::optional<Figure> figure_;
  std::optional<FigureTimeline> timeline_;
  std::vector<std::string> areas_;
  std::string title_;
  Box frame_;
  bool still_ = false;
  std::vector<double> moments_;  ///< the poses a still picture shows
  double seconds_ = 0;
  std::size_t announced_step_ = static_cast<std::size_t>(-1);
};

}  // namespace unknot
