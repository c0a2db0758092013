#include "service/options.hpp"

#include <catch2/catch.hpp>

using unknot::parse_daemon_options;

TEST_CASE("daemon options follow INTERFACE.md") {
  auto parsed = parse_daemon_options(
      {"--config", "/tmp/c.toml", "--routines", "/a", "--routines=/b", "--no-tray", "--verbose"});
  REQUIRE(parsed.error.empty());
  CHECK(parsed.options.config_file == std::filesystem::path("/tmp/c.toml"));
  CHECK(parsed.options.routine_dirs == std::vector<std::filesystem::path>{"/a", "/b"});
  CHECK(parsed.options.no_tray);
  CHECK(parsed.options.verbose);
  CHECK_FALSE(parsed.options.check_config);
  CHECK(parse_daemon_options({"--check-config"}).options.check_config);
  CHECK(parse_daemon_options({"--version"}).options.version);
}

TEST_CASE("bad daemon usage is reported, not guessed") {
  CHECK(parse_daemon_options({"--config"}).error == "--config needs a value");
  CHECK(parse_daemon_options({"--frobnicate"}).error == "unknown option '--frobnicate'");
}
