// [exercise.figure] in routine files: what loads, and every diagnostic.
#include <sstream>

#include <catch2/catch.hpp>

#include "config/check_config.hpp"
#include "config/read_file.hpp"
#include "config/routine_loader.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_home.hpp"

using namespace unknot;
using unknot::test::lines;

namespace {

LoadedLibrary fixture(const std::string& name) {
  std::string why;
  const std::string path = std::string(UNKNOT_TEST_DATA_DIR) + "/figures/" + name;
  const auto text = read_text_file(path, why);
  REQUIRE(text);
  return parse_routine_text(*text, name);
}

const JointSetting& joint(const FigureKey& k, Joint j) {
  const auto& s = k.joints[static_cast<std::size_t>(j)];
  REQUIRE(s);
  return *s;
}

}  // namespace

TEST_CASE("a figure loads as written: view, base, sides, props and keys") {
  const auto loaded = fixture("good.toml");
  CHECK(lines(loaded.diagnostics).empty());
  const Exercise* e = loaded.library.find_exercise("chin-tucks");
  REQUIRE(e);
  REQUIRE(e->figure);
  const Figure& f = *e->figure;
  CHECK(f.view == FigureView::side);
  CHECK(f.base == FigureBase::sit_tall);
  CHECK_FALSE(f.mirror);
  CHECK(f.props == std::vector<FigureProp>{FigureProp::chair});
  REQUIRE(f.keys.size() == 2);
  CHECK(f.keys[0].name == "tuck");
  CHECK(f.keys[0].dur == 1);
  CHECK(f.keys[0].hold);
  CHECK(joint(f.keys[0], Joint::neck).flex == -10);
  CHECK_FALSE(joint(f.keys[0], Joint::neck).abd);
  CHECK(f.keys[1].dur == 1.5);
  CHECK_FALSE(f.keys[1].hold);
  CHECK_FALSE(f.keys[1].joints[static_cast<std::size_t>(Joint::l_knee)]);
}

TEST_CASE("bad figure values are errors where written, and the exercise stays") {
  const auto loaded = fixture("bad.toml");
  CHECK(lines(loaded.diagnostics) ==
        std::vector<std::string>{
            "bad.toml:14:8: error: figure.view: expected side, front or three-quarter, got "
            "\"top\"",
            "bad.toml:15:8: error: figure.base: expected sit-tall, stand-tall, stand-at-wall, "
            "stand-at-desk or on-floor, got \"sit-tal\"; did you mean `sit-tall`?",
            "bad.toml:16:19: error: figure.props: expected chair, desk, wall, door, ball, roller, "
            "floor, ball-hand, ball-chest or ball-foot, got \"sofa\"",
            "bad.toml:20:1: error: figure.key: unknown joint `nek`; did you mean `neck`?",
            "bad.toml:21:17: error: figure.key.head.flex: expected degrees from -180 to 180, got "
            "\"a lot\"",
            "bad.toml:21:26: error: figure.key.head: unknown angle `tilt`; expected flex, abd or "
            "rot",
        });
  const Exercise* e = loaded.library.find_exercise("chin-tucks");
  REQUIRE(e);
  CHECK_FALSE(e->figure);
}

TEST_CASE("a figure pose past a joint's safe display range is a warning at the angle") {
  const auto loaded = fixture("out-of-range.toml");
  CHECK(lines(loaded.diagnostics) ==
        std::vector<std::string>{
            "out-of-range.toml:18:17: warning: figure key `look up`: neck flex -40 is outside the "
            "safe display range -15..45; a picture should never show an end-of-range position",
            "out-of-range.toml:19:19: warning: figure key `look up`: r_knee flex -10 is outside "
            "the safe display range 0..150; a picture should never show an end-of-range "
            "position",
        });
  const Exercise* e = loaded.library.find_exercise("neck-back");
  REQUIRE(e);
  CHECK(e->figure);  // still drawn: the warning is for the author
}

TEST_CASE("a figure without keys, or a key without a name, is an error") {
  const std::string head =
      "[[exercise]]\nid = \"x\"\ntitle = \"X\"\nkind = \"stretch\"\nareas = [\"neck\"]\n"
      "duration = \"30s\"\nfits = [\"micro\"]\nsteps = [\"Do.\"]\ncaution = \"Gently.\"\n";
  auto loaded = parse_routine_text(head + "[exercise.figure]\nview = \"front\"\n", "r.toml");
  CHECK(lines(loaded.diagnostics) ==
        std::vector<std::string>{
            "r.toml:10:1: error: figure: needs at least one [[exercise.figure.key]]"});
  loaded = parse_routine_text(head + "[[exercise.figure.key]]\ndur = \"2s\"\nneck = { rot = 20 }\n",
                              "r.toml");
  CHECK(lines(loaded.diagnostics) ==
        std::vector<std::string>{
            "r.toml:10:1: error: figure.key: needs a `name` (read out to screen readers)"});
  REQUIRE(loaded.library.find_exercise("x"));
  CHECK_FALSE(loaded.library.find_exercise("x")->figure);
}

TEST_CASE("unknot --check-config prints a figure's out-of-range pose as a warning and exits 0") {
  unknot::test::TempHome home;
  std::string why;
  const auto text =
      read_text_file(std::string(UNKNOT_TEST_DATA_DIR) + "/figures/out-of-range.toml", why);
  REQUIRE(text);
  const std::string file = home.write("routines/a.toml", *text).string();
  ConfigPaths paths;
  paths.user_file = home.config_home() / "unknot" / "config.toml";
  std::ostringstream out;
  CHECK(check_config(paths, {home.root() / "routines"}, out) == 0);
  CHECK(out.str().find(file + ":18:17: warning: figure key `look up`: neck flex -40") !=
        std::string::npos);
}
