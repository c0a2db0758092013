#pragma once
// `unknot-ui figure ID ...`: an exercise's figure written to SVG or PNG,
// without a window or the daemon (for scripts, docs and the build).
#include <filesystem>
#include <ostream>
#include <string>

#include "ui/ui_options.hpp"

namespace unknot {

/// 0 when written; 1 with a message on `err` when the id is unknown, has no
/// figure or the file cannot be written.
int run_figure_command(const UiOptions::FigureRequest& request, std::ostream& err);

/// Converts an SVG document into a `size` x `size` PNG file; false with `why`.
bool write_png_from_svg(const std::string& svg, const std::filesystem::path& png, int size,
                        std::string& why);

}  // namespace unknot
