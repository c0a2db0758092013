// The figure subcommand: load the routine library, find the exercise, write.
#include "ui/figure_command.hpp"

#include "config/routine_loader.hpp"
#include "core/figure_svg.hpp"
#include "platform/atomic_file.hpp"
#include "platform/paths.hpp"

namespace unknot {

int run_figure_command(const UiOptions::FigureRequest& request, std::ostream& err) {
  const auto dirs = request.routine_dirs.empty() ? default_routine_dirs() : request.routine_dirs;
  const LoadedLibrary loaded = load_library(dirs);
  const Exercise* e = loaded.library.find_exercise(request.id);
  if (e == nullptr) {
    err << "unknot-ui: no exercise `" << request.id << "` in the routine library\n";
    return 1;
  }
  if (!e->figure) {
    err << "unknot-ui: exercise `" << request.id << "` has no figure\n";
    return 1;
  }
  const std::string svg = exercise_figure_svg(*e, request.at, request.size);
  std::string why;
  const bool ok = request.svg.empty() ? write_png_from_svg(svg, request.png, request.size, why)
                                      : write_file_atomically(request.svg, svg, why);
  if (!ok) {
    err << "unknot-ui: " << (request.svg.empty() ? request.png : request.svg).string() << ": "
        << why << "\n";
    return 1;
  }
  return 0;
}

}  // namespace unknot
