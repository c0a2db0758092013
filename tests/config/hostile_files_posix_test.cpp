// Files that would hang a loader, of the kinds only POSIX systems have:
// FIFOs (and, beside them, a calendar too big). Each is a diagnostic naming
// the file; nothing blocks.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <sys/stat.h>

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

TEST_CASE("a config file that is a FIFO is refused without opening it") {
  TempHome home;
  const fs::path fifo = home.root() / "config.toml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  unknot::ConfigPaths paths;
  paths.user_file = fifo;
  const auto loaded = unknot::load_config(paths);
  CHECK(only_line(loaded.diagnostics) ==
        fifo.string() + ": error: cannot read config file: is a FIFO, not a regular file");
}

TEST_CASE("a calendar that is a FIFO or too big is a warning at the key") {
  TempHome home;
  const fs::path fifo = home.root() / "cal.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto at_fifo = unknot::parse_config_text(
      "[meetings]\ncalendar = \"" + fifo.string() + "\"\n", "cfg.toml", unknot::Settings{});
  CHECK(only_line(at_fifo.diagnostics) == "cfg.toml:2:12: warning: calendar: \"" + fifo.string() +
                                              "\" is a FIFO, not a regular file; no meetings are "
                                              "read from it");
  CHECK(at_fifo.ok());  // the rest of the file applies

  sparse_file(home, "home/big.ics", 9u << 20);
  const auto at_big = unknot::parse_config_text("[meetings]\ncalendar = \"~/big.ics\"\n",
                                                "cfg.toml", unknot::Settings{});
  CHECK(only_line(at_big.diagnostics) ==
        "cfg.toml:2:12: warning: calendar: \"~/big.ics\" is 9 MB: files over 8 MB are not read; "
        "no meetings are read from it");

  const auto missing = unknot::parse_config_text(
      "[meetings]\ncalendar = \"~/not-synced-yet.ics\"\n", "cfg.toml", unknot::Settings{});
  CHECK(missing.diagnostics.empty());  // the daemon reads it once it appears
}
