#pragma once
// An exercise's figure as an SVG document (a string; the caller writes it).
#include <string>

#include "core/exercise.hpp"
#include "core/figure_scene.hpp"
#include "core/figure_timeline.hpp"

namespace unknot {

/// Paint for each shape role, as "#rrggbb" (the break window uses the same).
std::string_view figure_colour(ShapeRole role);

/// The scene fitted into a `size` x `size` picture on a transparent background.
std::string figure_svg(const FigureScene& scene, const Box& frame, int size,
                       const std::string& title);

/// The figure of `e` at `seconds` into its timeline (nullopt: its first held pose).
/// Empty when `e` has no figure.
std::string exercise_figure_svg(const Exercise& e, std::optional<double> seconds, int size);

/// The exercise's timing as the figure plays it (hold, repeat).

FigureTiming figure_timing(const Exercise& e);

}  // namespace unknot
