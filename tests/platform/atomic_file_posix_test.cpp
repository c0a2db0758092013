// Safe file writes: a symlink planted where the writer puts its temporary
// file or its backup never makes Unknot overwrite the file it points at
// (issue 21: settings.toml.tmp-<PID> was opened through a planted link).
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/atomic_file.hpp"
#include "platform/autostart.hpp"
#include "platform/durable_file.hpp"
#include "support/temp_home.hpp"

namespace fs = std::filesystem;
using unknot::test::TempHome;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

unsigned mode_of(const fs::path& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

/// A file of the user's that an attacker would like the settings in.
struct Victim {
  explicit Victim(const TempHome& home) : path(home.write("precious/keys.txt", "precious\n")) {}
  void plant(const fs::path& link) const {
    fs::create_directories(link.parent_path());
    fs::create_symlink(path, link);
  }
  [[nodiscard]] bool untouched() const { return read(path) == "precious\n"; }
  fs::path path;
};

/// Hands out "n0", "n1", ... as the random part of temporary names.
struct CountingNames {
  CountingNames() {
    unknot::set_temp_name_source_for_tests([this] { return "n" + std::to_string(next++); });
  }
  ~CountingNames() { unknot::set_temp_name_source_for_tests(nullptr); }
  CountingNames(const CountingNames&) = delete;
  CountingNames& operator=(const CountingNames&) = delete;
  int next = 0;
};

}  // namespace

TEST_CASE("a symlink at the old predictable temporary name is never written through") {
  TempHome home;
  const Victim victim(home);
  const fs::path file = home.config_home() / "unknot/settings.toml";
  victim.plant(file.string() + ".tmp-" + std::to_string(::getpid()));
  std::string error;
  REQUIRE(unknot::write_file_atomically(file, "[micro]\nevery = \"25m\"\n", error));
  CHECK(victim.untouched());
  CHECK(read(file) == "[micro]\nevery = \"25m\"\n");
  CHECK(fs::is_symlink(file.string() + ".tmp-" + std::to_string(::getpid())));
}

TEST_CASE("symlinks planted at the temporary names the writer tries are skipped") {
  TempHome home;
  const Victim victim(home);
  const CountingNames names;
  const fs::path file = home.config_home() / "unknot/settings.toml";
  // The first names for the file and for its backup's link are all taken.
  for (int n = 0; n < 6; ++n) {
    victim.plant(file.string() + ".tmp-n" + std::to_string(n));
    victim.plant(unknot::backup_path(file).string() + ".tmp-n" + std::to_string(n));
  }
  std::string error;
  REQUIRE(unknot::write_file_atomically(file, "first\n", error));
  REQUIRE(unknot::write_file_atomically(file, "second\n", error));
  CHECK(victim.untouched());
  CHECK(read(file) == "second\n");
  CHECK(read(unknot::backup_path(file)) == "first\n");
  CHECK(names.next > 6);
}

TEST_CASE("a symlink at the backup's name is replaced, not followed") {
  TempHome home;
  const Victim victim(home);
  const fs::path file = home.config_home() / "unknot/settings.toml";
  victim.plant(unknot::backup_path(file));
  std::string error;
  REQUIRE(unknot::write_file_atomically(file, "first\n", error));
  REQUIRE(unknot::write_file_atomically(file, "second\n", error));
  CHECK(victim.untouched());
  CHECK_FALSE(fs::is_symlink(unknot::backup_path(file)));
  CHECK(read(unknot::backup_path(file)) == "first\n");
}

TEST_CASE("a symlink at the file itself is replaced by the new file, its target kept") {
  TempHome home;
  const Victim victim(home);
  const fs::path file = home.config_home() / "unknot/settings.toml";
  victim.plant(file);
  std::string error;
  REQUIRE(unknot::write_file_atomically(file, "new\n", error));
  CHECK(victim.untouched());
  CHECK_FALSE(fs::is_symlink(file));
  CHECK(read(file) == "new\n");
}

TEST_CASE("an autostart entry is not written through a planted symlink either") {
  TempHome home;
  const Victim victim(home);
  const fs::path file = unknot::autostart_file();
  victim.plant(file.string() + ".tmp-" + std::to_string(::getpid()));
  std::string error;
  REQUIRE(unknot::set_autostart(true, "/usr/bin/unknot", error));
  CHECK(victim.untouched());
  CHECK(unknot::autostart_enabled());
}

TEST_CASE("new files are the user's alone, a replaced file keeps its permission bits") {
  TempHome home;
  const fs::path file = home.config_home() / "unknot/settings.toml";
  std::string error;
  REQUIRE(unknot::replace_file_atomically(file, "a\n", error));
  CHECK(mode_of(file) == 0600);
  fs::permissions(file, fs::perms(0640));
  REQUIRE(unknot::replace_file_atomically(file, "b\n", error));
  CHECK(mode_of(file) == 0640);
  CHECK(read(file) == "b\n");
}

TEST_CASE("exclusive creation refuses a name that exists, leaving no temporary behind") {
  TempHome home;
  const Victim victim(home);
  const fs::path link = home.root() / "link";
  victim.plant(link);
  std::string why;
  CHECK(unknot::write_exclusive(link, "x", 0600, why) == unknot::CreateOutcome::exists);
  CHECK(victim.untouched());
  const fs::path file = home.config_home() / "unknot/settings.toml";
  REQUIRE(unknot::replace_file_atomically(file, "a\n", why));
  for (const auto& entry : fs::directory_iterator(file.parent_path()))
    CHECK(entry.path().filename() == "settings.toml");
}
