// Where Unknot's files live on Windows (INTERFACE.md, "Windows build").
#include <cstdlib>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "config/read_file.hpp"
#include "platform/paths.hpp"
#include "support/temp_home.hpp"
#include "support/test_env.hpp"

namespace fs = std::filesystem;
using unknot::test::TempHome;

TEST_CASE("config and routines live in APPDATA, history in LOCALAPPDATA", "[paths][windows]") {
  TempHome home;
  CHECK(unknot::config_home() == home.config_home());
  CHECK(unknot::user_config_file() == home.config_home() / "unknot" / "config.toml");
  CHECK(unknot::user_routines_dir() == home.config_home() / "unknot" / "routines");
  CHECK(unknot::state_dir() == home.state_home() / "unknot");
}

TEST_CASE("the administrator's policy file is under ProgramData", "[paths][windows]") {
  TempHome home;
  CHECK(unknot::system_config_files() ==
        std::vector<fs::path>{home.config_dirs() / "unknot" / "config.toml"});
}

TEST_CASE("without the variables the Known Folders are used", "[paths][windows]") {
  TempHome home;
  unknot::test::unset_env("APPDATA");
  unknot::test::unset_env("LOCALAPPDATA");
  unknot::test::unset_env("ProgramData");
  const fs::path roaming = unknot::config_home();
  const fs::path local = unknot::state_home();
  CHECK(roaming.is_absolute());
  CHECK(local.is_absolute());
  CHECK(roaming != local);
  CHECK(roaming.filename() == "Roaming");  // ...\AppData\Roaming
  CHECK(local.filename() == "Local");      // ...\AppData\Local
  CHECK(unknot::config_dirs().front().is_absolute());
  // A relative value is not a folder: ignored like an unset one.
  unknot::test::set_env("APPDATA", "relative\\config");
  CHECK(unknot::config_home() == roaming);
}

TEST_CASE("the control channel is the user's named pipe", "[paths][windows]") {
  const std::string pipe = unknot::control_socket_path().string();
  REQUIRE(pipe.rfind("\\\\.\\pipe\\unknot-", 0) == 0);
  const std::string user = pipe.substr(std::string{"\\\\.\\pipe\\unknot-"}.size());
  CHECK(!user.empty());
  CHECK(user.find('\\') == std::string::npos);
}

TEST_CASE("the runtime folder is the user's temp folder", "[paths][windows]") {
  fs::path temp = fs::temp_directory_path().lexically_normal();
  if (!temp.has_filename()) temp = temp.parent_path();
  CHECK(unknot::runtime_dir() == temp);
}

TEST_CASE("a private folder is created, and a file in its place is refused", "[paths][windows]") {
  TempHome home;
  const fs::path fresh = home.root() / "a" / "b" / "private";
  unknot::ensure_private_dir(fresh);
  CHECK(fs::is_directory(fresh));
  unknot::ensure_private_dir(fresh);  // idempotent

  const fs::path file = home.write("not-a-folder", "x");
  CHECK_THROWS_AS(unknot::ensure_private_dir(file), std::runtime_error);
}

TEST_CASE("a build-tree binary finds the shipped config in the source tree", "[paths][windows]") {
  CHECK(fs::exists(unknot::shipped_data_dir() / "config.toml"));
  CHECK(fs::is_directory(unknot::shipped_routines_dir()));
}

TEST_CASE("a calendar path starting with ~/ is under the user's profile", "[paths][windows]") {
  TempHome home;
  unknot::test::unset_env("HOME");  // Windows sets USERPROFILE, not HOME
  unknot::test::set_env("USERPROFILE", "C:\\Users\\ada");
  CHECK(unknot::expand_home("~/Calendars/work.ics") == "C:\\Users\\ada/Calendars/work.ics");
  CHECK(unknot::expand_home("D:/work.ics") == "D:/work.ics");
}
