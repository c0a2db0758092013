// Inputs that once crashed a loader or reached undefined behaviour in toml++
// (tests/data/toml-regressions): each must give an error diagnostic at its
// line and column, through every path a user's text takes. Under the
// sanitizer build (asserts on, UBSan fatal) a regression stops the run.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "config/routine_loader.hpp"
#include "config/settings_json.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> regression_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(UNKNOT_TEST_DATA_DIR "/toml-regressions"))
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool points_into(const unknot::Diagnostics& diagnostics, const std::string& path) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const auto& d) {
    return d.severity == unknot::Diagnostic::Severity::error && d.path == path && d.line > 0 &&
           d.column > 0;
  });
}

std::string first_error(const unknot::Diagnostics& diagnostics) {
  return diagnostics.empty() ? std::string{} : diagnostics.front().to_string();
}

}  // namespace

TEST_CASE("every kept crash input is an error at its line and column, never a crash") {
  const auto files = regression_files();
  REQUIRE(files.size() >= 9);
  for (const auto& file : files) {
    INFO(file.filename().string());
    const auto text = read_bytes(file);
    const auto path = file.filename().string();

    const auto config = unknot::parse_config_text(text, path, unknot::Settings{});
    CHECK_FALSE(config.ok());
    CHECK(points_into(config.diagnostics, path));

    const auto routines = unknot::parse_routine_text(text, path);
    CHECK_FALSE(routines.ok());
    CHECK(points_into(routines.diagnostics, path));

    std::string settings_error;
    CHECK(unknot::toml_to_values(text, settings_error).is_null());
    CHECK_FALSE(settings_error.empty());
  }
}

TEST_CASE("an umlaut outside a string names the character and where it is") {
  const auto loaded = unknot::parse_config_text("[micro]\nevery = \"20m\" \xc3\xa4\n", "cfg.toml",
                                                unknot::Settings{});
  CHECK(first_error(loaded.diagnostics) ==
        "cfg.toml:2:15: error: Error while parsing key-value pair: expected a comment or "
        "whitespace, saw '\xc3\xa4'");
  const auto key = unknot::parse_config_text("\xc3\xa4 = 1\n", "cfg.toml", unknot::Settings{});
  CHECK(first_error(key.diagnostics) ==
        "cfg.toml:1:1: error: Error while parsing root table: expected keys, tables, whitespace "
        "or comments, saw '\xc3\xa4'");
}

TEST_CASE("a brace that closes an array and a NUL in a table header are plain syntax errors") {
  const auto brace = unknot::parse_config_text("a = [1,}\n", "cfg.toml", unknot::Settings{});
  CHECK(first_error(brace.diagnostics) ==
        "cfg.toml:1:8: error: Error while parsing array: expected a value, saw '}'");
  const auto nul = unknot::parse_routine_text(std::string("[\0]\n", 4), "r.toml");
  CHECK(first_error(nul.diagnostics) ==
        "r.toml:1:2: error: Error while parsing table header: expected a key, saw '\\u0000' (file "
        "skipped)");
}

TEST_CASE("umlauts inside strings and comments load as before") {
  const auto loaded = unknot::parse_config_text(
      "# Pausen für Rücken und Schultern\n[exercises]\ndisabled = [\"\xc3\xa4-\xd0\x96\"]\n",
      "cfg.toml", unknot::Settings{});
  CHECK(loaded.ok());
}
