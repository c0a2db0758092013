#include "platform/paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "support/temp_home.hpp"

namespace fs = std::filesystem;
using unknot::test::TempHome;

namespace {

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::lstat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("every file lives under the XDG folders the environment names", "[paths]") {
  TempHome home;
  CHECK(unknot::config_home() == home.config_home());
  CHECK(unknot::user_config_file() == home.config_home() / "unknot/config.toml");
  CHECK(unknot::user_routines_dir() == home.config_home() / "unknot/routines");
  CHECK(unknot::state_dir() == home.state_home() / "unknot");
  CHECK(unknot::runtime_dir() == home.runtime_dir());
  CHECK(unknot::control_socket_path() == home.runtime_dir() / "unknot/control.sock");
  CHECK(unknot::system_config_files() ==
        std::vector<fs::path>{home.config_dirs() / "unknot/config.toml"});
}

TEST_CASE("unset, empty or relative XDG variables fall back to the spec's defaults", "[paths]") {
  TempHome home;
  const fs::path user_home = home.root() / "home";
  ::unsetenv("XDG_CONFIG_HOME");
  ::setenv("XDG_STATE_HOME", "", 1);
  CHECK(unknot::user_config_file() == user_home / ".config/unknot/config.toml");
  CHECK(unknot::state_dir() == user_home / ".local/state/unknot");
  // The spec: relative paths are invalid and must be ignored.
  ::setenv("XDG_CONFIG_HOME", "relative/config", 1);
  CHECK(unknot::config_home() == user_home / ".config");
  ::unsetenv("XDG_CONFIG_DIRS");
  CHECK(unknot::system_config_files() == std::vector<fs::path>{"/etc/xdg/unknot/config.toml"});
}

TEST_CASE("system config files follow XDG_CONFIG_DIRS in order, skipping bad entries", "[paths]") {
  TempHome home;
  ::setenv("XDG_CONFIG_DIRS", "/site/xdg::relative:/etc/xdg", 1);
  CHECK(unknot::config_dirs() == std::vector<fs::path>{"/site/xdg", "/etc/xdg"});
  CHECK(unknot::system_config_files() ==
        std::vector<fs::path>{"/site/xdg/unknot/config.toml", "/etc/xdg/unknot/config.toml"});
}

TEST_CASE("without XDG_RUNTIME_DIR the runtime folder is a private one in /tmp", "[paths]") {
  TempHome home;
  ::unsetenv("XDG_RUNTIME_DIR");
  const fs::path expected = "/tmp/unknot-" + std::to_string(::getuid());
  const bool existed = fs::exists(expected);
  CHECK(unknot::runtime_dir() == expected);
  CHECK(fs::is_directory(expected));
  CHECK(mode_of(expected) == 0700);
  CHECK(unknot::control_socket_path() == expected / "unknot/control.sock");
  std::error_code ignored;
  if (!existed) fs::remove(expected, ignored);  // only if empty, i.e. only what we made
}

TEST_CASE("a private folder is created 0700, tightened if loose, refused if not ours", "[paths]") {
  TempHome home;
  const fs::path fresh = home.root() / "a/b/private";
  unknot::ensure_private_dir(fresh);
  CHECK(mode_of(fresh) == 0700);

  const fs::path loose = home.root() / "loose";
  fs::create_directory(loose);
  fs::permissions(loose, fs::perms::all, fs::perm_options::replace);
  unknot::ensure_private_dir(loose);
  CHECK(mode_of(loose) == 0700);

  // A symlink planted where our folder should be must not be followed.
  const fs::path planted = home.root() / "planted";
  fs::create_directory_symlink(fresh, planted);
  CHECK_THROWS_AS(unknot::ensure_private_dir(planted), std::runtime_error);
  const fs::path file = home.write("a-file", "x");
  CHECK_THROWS_AS(unknot::ensure_private_dir(file), std::runtime_error);
}

TEST_CASE("an installed binary finds its data beside it, relocatably", "[paths]") {
  TempHome home;
  const fs::path prefix = home.root() / "opt/unknot";
  const fs::path exe = home.write("opt/unknot/bin/unknot", "");
  // Without the shipped config the prefix is not an install: use the source tree.
  CHECK(unknot::shipped_data_dir_for(exe) == fs::path{UNKNOT_SOURCE_DIR} / "config");
  home.write("opt/unknot/share/unknot/config.toml", "# shipped\n");
  CHECK(unknot::shipped_data_dir_for(exe) == prefix / "share/unknot");
}

TEST_CASE("a build-tree binary finds the shipped data in the source tree", "[paths]") {
  TempHome home;
  const fs::path source = UNKNOT_SOURCE_DIR;
  CHECK(unknot::shipped_data_dir() == source / "config");
  CHECK(unknot::shipped_routines_dir() == source / "config/routines");
  CHECK(unknot::icons_dir() == source / "icons");
  // Shipped first, so the user's exercises (same id) override them.
  CHECK(unknot::default_routine_dirs() ==
        std::vector<fs::path>{source / "config/routines", home.config_home() / "unknot/routines"});
}
