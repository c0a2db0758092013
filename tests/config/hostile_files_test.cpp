// Files that would hang or balloon a loader: huge files and huge folders
// (FIFOs: hostile_files_posix_test.cpp). Each is a diagnostic naming the
// file; nothing blocks.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "config/read_file.hpp"
#include "config/routine_loader.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_home.hpp"

namespace fs = std::filesystem;
using unknot::test::TempHome;

namespace {

/// A file of `bytes` zero bytes that takes no disk space.
fs::path sparse_file(const TempHome& home, const std::string& name, std::uintmax_t bytes) {
  const fs::path path = home.write(name, "");
  fs::resize_file(path, bytes);
  return path;
}

std::string only_line(const unknot::Diagnostics& diagnostics) {
  INFO(unknot::test::lines(diagnostics).size() << " diagnostics");
  REQUIRE(diagnostics.size() == 1);
  return diagnostics.front().to_string();
}

}  // namespace

TEST_CASE("a routine file over 1 MB is refused and the other files still load") {
  TempHome home;
  const fs::path folder = home.root() / "routines";
  home.write("routines/a.toml",
             "[[exercise]]\nid = \"a\"\ntitle = \"A\"\nkind = \"posture\"\nareas = [\"neck\"]\n"
             "duration = \"20s\"\nfits = [\"micro\"]\nsteps = [\"Sit tall.\"]\n"
             "caution = \"Stop if it hurts.\"\n");
  const fs::path big = sparse_file(home, "routines/b.toml", 50u << 20);
  const auto loaded = unknot::load_library({folder});
  CHECK(only_line(loaded.diagnostics) ==
        big.string() + ": error: cannot read routine file: is 50 MB: files over 1 MB are not read");
  CHECK(loaded.library.exercises.size() == 1);
}

TEST_CASE("a routine folder holding more than 16 MB in all stops being read there, once") {
  TempHome home;
  const fs::path folder = home.root() / "routines";
  // 20 files of 0.9 MB (comments only: valid TOML, no exercises).
  const std::string comment_line = "# " + std::string(97, 'x') + "\n";
  std::string text;
  while (text.size() < 900'000) text += comment_line;
  for (int i = 0; i < 20; ++i) home.write("routines/f" + std::to_string(100 + i) + ".toml", text);
  const auto loaded = unknot::load_library({folder});
  CHECK(loaded.files_read.size() == 19);  // 19 x 0.9 MB = 17.1 MB: the 19th crossed 16 MB
  CHECK(only_line(loaded.diagnostics) ==
        (folder / "f119.toml").string() +
            ": error: not read, nor the 0 routine files after it: those before already hold 16 "
            "MB, the most read in all");
}

TEST_CASE("sizes read in words a user knows") {
  CHECK(unknot::size_in_words(12) == "12 bytes");
  CHECK(unknot::size_in_words(640 * 1024) == "640 kB");
  CHECK(unknot::size_in_words(52u << 20) == "52 MB");
}
