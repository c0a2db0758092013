// The administrator's policy on Windows: %ProgramData%\unknot\config.toml,
// found through the Known Folders' paths, with `locked` keys the user's
// %APPDATA% file cannot change (as /etc/xdg on Linux).
#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "platform/paths.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::TempHome;

TEST_CASE("a key the administrator locked in ProgramData is kept, with a warning naming both files",
          "[policy][windows]") {
  TempHome home;
  const auto policy = home.write("xdg/unknot/config.toml",
                                 "locked = [\"micro.every\"]\n[micro]\nevery = \"30m\"\n");
  const auto user =
      home.write("config/unknot/config.toml", "[micro]\nevery = \"2h\"\nduration = \"1m\"\n");
  unknot::ConfigPaths paths;
  paths.system_files = unknot::system_config_files();
  paths.user_file = unknot::user_config_file();
  REQUIRE(paths.system_files.front() == policy);
  REQUIRE(paths.user_file == user);
  const auto loaded = unknot::load_config(paths);
  CHECK(loaded.ok());
  CHECK(loaded.settings.micro.every == 30min);    // the administrator's
  CHECK(loaded.settings.micro.duration == 1min);  // the user's own, not locked
  CHECK(unknot::test::lines(loaded.diagnostics) ==
        std::vector<std::string>{user.string() +
                                 ":2:1: warning: micro.every is locked by the administrator in " +
                                 policy.string() + "; ignored"});
}
