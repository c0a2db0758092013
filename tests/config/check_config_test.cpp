// `unknot --check-config`: every diagnostic, a summary, exit 0 or 1.
#include "config/check_config.hpp"

#include <sstream>

#include <catch2/catch.hpp>

#include "support/temp_home.hpp"

using unknot::test::TempHome;

namespace {

const std::string kExercise =
    "[[exercise]]\nid = \"tilt\"\ntitle = \"Tilt\"\nkind = \"stretch\"\nareas = [\"neck\"]\n"
    "duration = \"30s\"\nfits = [\"micro\"]\nsteps = [\"Tilt.\"]\ncaution = \"Gently.\"\n"
    "\n[[routine]]\nid = \"r\"\ntitle = \"R\"\nexercises = [\"tilt\"]\n";

unknot::ConfigPaths paths_in(const TempHome& home) {
  unknot::ConfigPaths paths;
  paths.system_files = {home.config_dirs() / "unknot" / "config.toml"};
  paths.user_file = home.config_home() / "unknot" / "config.toml";
  return paths;
}

}  // namespace

TEST_CASE("a clean setup prints only the summary and exits 0") {
  TempHome home;
  home.write("config/unknot/config.toml", "[micro]\nevery = \"25m\"\n");
  home.write("routines/a.toml", kExercise);
  std::ostringstream out;
  CHECK(unknot::check_config(paths_in(home), {home.root() / "routines"}, out) == 0);
  CHECK(out.str() ==
        "config: 1 file, routines: 1 file, 1 exercise, 1 routine; 0 errors, 0 warnings\n");
}

TEST_CASE("warnings are printed and still exit 0") {
  TempHome home;
  const auto user = home.write("config/unknot/config.toml", "[micro]\nevry = \"25m\"\n");
  const std::string a = home.write("routines/a.toml", kExercise).string();
  const std::string b =
      home.write("routines/b.toml", kExercise.substr(0, kExercise.find("[[routine]]")) + "\n")
          .string();
  std::ostringstream out;
  CHECK(unknot::check_config(paths_in(home), {home.root() / "routines"}, out) == 0);
  CHECK(out.str() ==
        user.string() + ":2:1: warning: unknown key `evry` in [micro]; did you mean `every`?\n" +
            b + ":2:6: warning: exercise `tilt` replaces the one in " + a + ":2\n" +
            "config: 1 file, routines: 2 files, 1 exercise, 1 routine; 0 errors, 2 warnings\n");
}

TEST_CASE("any error, in config or routines, prints config first and exits 1") {
  TempHome home;
  const auto system = home.write("xdg/unknot/config.toml", "[snooze]\nmax = -2\n");
  const auto routines = home.write("routines/a.toml", "[[exercise]]\nid = \"x\"\n");
  std::ostringstream out;
  CHECK(unknot::check_config(paths_in(home), {home.root() / "routines"}, out) == 1);
  CHECK(out.str() ==
        system.string() + ":2:7: error: snooze.max: expected 0 (unlimited) or more, got -2\n" +
            routines.string() +
            ":1:1: error: exercise `x` is missing `title`, `kind`, `areas`, `duration`, `fits` "
            "and `steps`\n" +
            "config: 1 file, routines: 1 file, 0 exercises, 0 routines; 2 errors, 0 warnings\n");
}

TEST_CASE("a missing --config file fails the check") {
  TempHome home;
  auto paths = paths_in(home);
  paths.user_file = home.root() / "typo.toml";
  paths.user_file_explicit = true;
  std::ostringstream out;
  CHECK(unknot::check_config(paths, {}, out) == 1);
  CHECK(out.str() == paths.user_file.string() +
                         ": error: cannot read config file: No such file or directory\n"
                         "config: 0 files, routines: 0 files, 0 exercises, 0 routines; 1 error, "
                         "0 warnings\n");
}
