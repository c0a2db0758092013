#include "ui/chart_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace unknot::chart {

namespace {

Scale make_scale(double step, int steps) {
  Scale scale;
  scale.step = step;
  scale.max = step * steps;
  for (int i = 0; i <= steps; ++i) scale.ticks.push_back(step * i);
  return scale;
}

int steps_for(double max_value, double step) {
  return std::max(1, static_cast<int>(std::ceil(max_value / step - 1e-9)));
}

}  // namespace

double Scale::fraction(double value) const {
  if (max <= 0) return 0;
  return std::clamp(value / max, 0.0, 1.0);
}

Scale nice_scale(double max_value, int max_ticks) {
  max_ticks = std::max(1, max_ticks);
  if (!(max_value > 0)) return make_scale(1, 1);
  const double raw = max_value / max_ticks;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = power * 10;
  for (const double m : {1.0, 2.0, 5.0, 10.0}) {
    if (power * m >= raw - 1e-9) {
      step = power * m;
      break;
    }
  }
  // Counts are whole numbers: a tick at 0.5 breaks would read oddly.
  if (max_value >= 1 && step < 1) step = 1;
  return make_scale(step, steps_for(max_value, step));
}

Scale duration_scale(double max_seconds, int max_ticks) {
  max_ticks = std::max(1, max_ticks);
  if (!(max_seconds > 0)) return make_scale(3600, 1);
  static constexpr std::array<double, 10> kSteps{60,   300,  600,   900,   1800,
                                                 3600, 7200, 10800, 14400, 21600};
  double step = kSteps.back();
  for (const double s : kSteps) {
    if (max_seconds / s <= max_ticks + 1e-9) {
      step = s;
      break;
    }
  }
  return make_scale(step, steps_for(max_seconds, step));
}

std::vector<Slot> bar_slots(int count, double left, double width, double fill) {
  std::vector<Slot> slots;
  if (count <= 0 || width <= 0) return slots;
  fill = std::clamp(fill, 0.05, 1.0);
  const double slot = width / count;
  const double bar = slot * fill;
  for (int i = 0; i < count; ++i) {
    const double centre = left + slot * (i + 0.5);
    slots.push_back({centre - bar / 2, bar, centre});
  }
  return slots;
}

double y_of(double value, const Scale& scale, double plot_top, double plot_height) {
  return plot_top + plot_height * (1 - scale.fraction(value));
}

std::vector<Segment> stack(const std::vector<double>& values, const Scale& scale, double plot_top,
                           double plot_height) {
  std::vector<Segment> segments;
  double below = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!(values[i] > 0)) continue;
    const double bottom = y_of(below, scale, plot_top, plot_height);
    below += values[i];
    const double top = y_of(below, scale, plot_top, plot_height);
    if (bottom - top > 0) segments.push_back({static_cast<int>(i), top, bottom - top});
  }
  return segments;
}

}  // namespace unknot::chart
