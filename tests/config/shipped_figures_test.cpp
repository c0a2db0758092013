// The shipped figures: every one loads without a diagnostic, stays inside
// the safe display ranges, and renders to a non-empty SVG; the exercises
// words alone cannot show have one.
#include <chrono>
#include <filesystem>

#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "core/figure_svg.hpp"

using namespace unknot;

namespace {

const std::filesystem::path kShipped = UNKNOT_SOURCE_DIR "/config/routines";

}  // namespace

TEST_CASE("every shipped figure loads without a diagnostic and stays in its safe ranges") {
  const LoadedLibrary loaded = load_library({kShipped});
  for (const Diagnostic& d : loaded.diagnostics) {
    INFO(d.to_string());
    CHECK(d.message.find("figure") == std::string::npos);
  }
  int figures = 0;
  for (const Exercise& e : loaded.library.exercises) {
    if (!e.figure) continue;
    ++figures;
    INFO(e.id);
    CHECK(out_of_range(*e.figure).empty());
    const std::string svg = exercise_figure_svg(e, std::nullopt, 240);
    CHECK(svg.starts_with("<svg"));
    CHECK(svg.find("<line") != std::string::npos);
    CHECK(svg.find("<circle") != std::string::npos);
  }
  CHECK(figures >= 5);
}

TEST_CASE("the shipped exercises hardest to follow from words have figures") {
  const LoadedLibrary loaded = load_library({kShipped});
  for (const char* id : {"chin-tucks", "levator-scapulae-stretch", "doorway-chest-stretch",
                         "tendon-glides", "tennis-ball-trapezius"}) {
    INFO(id);
    const Exercise* e = loaded.library.find_exercise(id);
    REQUIRE(e);
    CHECK(e->figure);
  }
}

TEST_CASE("rendering every shipped figure to SVG takes well under 200 ms") {
  const LoadedLibrary loaded = load_library({kShipped});
  const auto start = std::chrono::steady_clock::now();
  std::size_t bytes = 0;
  for (const Exercise& e : loaded.library.exercises)
    if (e.figure) bytes += exercise_figure_svg(e, std::nullopt, 240).size();
  const auto took = std::chrono::steady_clock::now() - start;
  CHECK(bytes > 0);
  CHECK(took < std::chrono::milliseconds(200));
}
