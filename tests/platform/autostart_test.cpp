// "Start at login" writes and removes the user's XDG autostart entry.
#include "platform/autostart.hpp"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "support/temp_home.hpp"

using unknot::test::TempHome;

namespace {
std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

TEST_CASE("start at login writes the autostart entry and removes it again") {
  TempHome home;
  const auto file = home.config_home() / "autostart/io.github.unknot.Unknot.desktop";
  CHECK(unknot::autostart_file() == file);
  CHECK_FALSE(unknot::autostart_enabled());
  std::string error;
  REQUIRE(unknot::set_autostart(true, "/opt/unknot/bin/unknot", error));
  CHECK(unknot::autostart_enabled());
  const std::string entry = read(file);
  CHECK(entry.rfind("[Desktop Entry]\n", 0) == 0);
  CHECK(entry.find("\nExec=/opt/unknot/bin/unknot\n") != std::string::npos);
  CHECK(entry.find("\nType=Application\n") != std::string::npos);
  REQUIRE(unknot::set_autostart(false, "/opt/unknot/bin/unknot", error));
  CHECK_FALSE(std::filesystem::exists(file));
  CHECK_FALSE(unknot::autostart_enabled());
}

TEST_CASE("an entry the user hid counts as off, odd paths are quoted") {
  TempHome home;
  home.write("config/autostart/io.github.unknot.Unknot.desktop",
             "[Desktop Entry]\nExec=unknot\nHidden=true\n");
  CHECK_FALSE(unknot::autostart_enabled());
  CHECK(unknot::autostart_entry("/my apps/unknot").find("Exec=\"/my apps/unknot\"\n") !=
        std::string::npos);
}

TEST_CASE("the daemon is found beside unknot-ui, installed or in the build tree") {
  TempHome home;
  home.write("prefix/bin/unknot", "");
  home.write("prefix/bin/unknot-ui", "");
  CHECK(unknot::daemon_beside(home.root() / "prefix/bin/unknot-ui") ==
        home.root() / "prefix/bin/unknot");
  home.write("build/src/service/unknot", "");
  home.write("build/src/ui/unknot-ui", "");
  CHECK(unknot::daemon_beside(home.root() / "build/src/ui/unknot-ui") ==
        home.root() / "build/src/service/unknot");
  CHECK(unknot::daemon_beside(home.root() / "nowhere/unknot-ui") == "unknot");
}

TEST_CASE("a system-wide entry starts it until the user turns it off, and that sticks") {
  TempHome home;
  home.write("xdg/autostart/io.github.unknot.Unknot.desktop",
             "[Desktop Entry]\nType=Application\nExec=/usr/bin/unknot\nX-systemd-skip=true\n");
  CHECK(unknot::system_autostart_file() ==
        home.config_dirs() / "autostart/io.github.unknot.Unknot.desktop");
  CHECK(unknot::autostart_enabled());  // installed by the package: on for everyone

  std::string error;
  REQUIRE(unknot::set_autostart(false, "/usr/bin/unknot", error));
  const auto user_entry = home.config_home() / "autostart/io.github.unknot.Unknot.desktop";
  REQUIRE(std::filesystem::exists(user_entry));  // removing would let the system one win
  CHECK(read(user_entry).find("\nHidden=true\n") != std::string::npos);
  CHECK_FALSE(unknot::autostart_enabled());

  REQUIRE(unknot::set_autostart(true, "/usr/bin/unknot", error));
  CHECK(read(user_entry).find("Hidden") == std::string::npos);
  CHECK(unknot::autostart_enabled());
}
