#pragma once
// Chart geometry without wx: value scales with round tick steps, bar slots
// across a plot, stacked segments. Pixels are doubles; y grows downwards.
#include <vector>

namespace unknot::chart {

/// An axis from 0 to `max` with ticks every `step` (1, 2 or 5 times a power of ten).
struct Scale {
  double max = 1;             ///< the top of the axis (a multiple of step)
  double step = 1;            ///< distance between ticks
  std::vector<double> ticks;  ///< 0, step, 2 step, ..., max
  /// Where `value` lies on the axis, 0 at the bottom and 1 at the top (clamped).
  [[nodiscard]] double fraction(double value) const;
};

/// A scale whose top is at least `max_value`, with at most `max_ticks` steps;
/// zero or negative data gets the axis 0..1 so an empty chart still draws.
Scale nice_scale(double max_value, int max_ticks = 5);

/// A scale for durations in seconds whose ticks fall on whole minutes or hours
/// (15 min, 30 min, 1 h, 2 h, ...).
Scale duration_scale(double max_seconds, int max_ticks = 5);

/// One bar's horizontal place.
struct Slot {
  double x = 0;       ///< left edge of the bar
  double width = 0;   ///< bar width
  double centre = 0;  ///< x of the bar's middle (labels)
};

/// `count` equal slots across [left, left+width]; each bar takes `fill` (0..1)
/// of its slot, centred, so gaps stay even at any window size.
std::vector<Slot> bar_slots(int count, double left, double width, double fill = 0.7);

/// One part of a stacked bar.
struct Segment {
  int series = 0;     ///< index into the values given
  double top = 0;     ///< y of the upper edge
  double height = 0;  ///< pixels, > 0
};

/// The visible segments of a bar stacking `values` bottom-up on `scale` in a
/// plot from `plot_top` to `plot_top + plot_height`; zero values get none.
std::vector<Segment> stack(const std::vector<double>& values, const Scale& scale, double plot_top,
                           double plot_height);

/// The y of `value` on `scale` in a plot from `plot_top` down `plot_height`.
double y_of(double value, const Scale& scale, double plot_top, double plot_height);

}  // namespace unknot::chart
