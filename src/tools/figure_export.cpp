// unknot-figure-export OUTDIR ROUTINES_DIR...: writes OUTDIR/ID.svg for every
// exercise with a figure, at build time (no wx, no display). Exits 1 when a
// routine file has an error or a figure a warning: shipped figures are clean.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "config/routine_loader.hpp"
#include "core/figure_svg.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: unknot-figure-export OUTDIR ROUTINES_DIR...\n", stderr);
    return 2;
  }
  const std::filesystem::path out = argv[1];
  const std::vector<std::filesystem::path> dirs(argv + 2, argv + argc);
  const unknot::LoadedLibrary loaded = unknot::load_library(dirs);
  bool clean = true;
  for (const auto& d : loaded.diagnostics) {
    if (d.severity == unknot::Diagnostic::Severity::warning &&
        d.message.find("figure") == std::string::npos)
      continue;  // other warnings are the routine tests' business
    std::fprintf(stderr, "%s\n", d.to_string().c_str());
    clean = false;
  }
  std::filesystem::create_directories(out);
  const auto start = std::chrono::steady_clock::now();
  int written = 0;
  for (const unknot::Exercise& e : loaded.library.exercises) {
    if (!e.figure) continue;
    std::ofstream(out / (e.id + ".svg")) << unknot::exercise_figure_svg(e, std::nullopt, 240);
    ++written;
  }
  const auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  std::printf("unknot-figure-export: %d figures in %.1f ms\n", written, ms.count());
  return clean ? 0 : 1;
}
