// The routine search path: several folders and files, overrides by id,
// `disable`, and broken files skipped while the others load.
#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::TempHome;

namespace {

using unknot::test::lines;

using Lines = std::vector<std::string>;

std::string exercise(const std::string& id, const std::string& title,
                     const std::string& duration = "30s") {
  return "[[exercise]]\nid = \"" + id + "\"\ntitle = \"" + title +
         "\"\nkind = \"stretch\"\nareas = [\"neck\"]\nduration = \"" + duration +
         "\"\nfits = [\"micro\", \"rest\"]\nsteps = [\"Do it.\"]\ncaution = \"Gently.\"\n\n";
}

std::string routine(const std::string& id, const std::vector<std::string>& ids) {
  std::string list;
  for (const auto& e : ids) list += (list.empty() ? "\"" : ", \"") + e + "\"";
  return "[[routine]]\nid = \"" + id + "\"\ntitle = \"R\"\nexercises = [" + list + "]\n\n";
}

std::vector<std::string> ids(const unknot::Library& library) {
  std::vector<std::string> out;
  for (const auto& e : library.exercises) out.push_back(e.id);
  return out;
}

}  // namespace

TEST_CASE("files load in name order within a folder, folders in search-path order") {
  TempHome home;
  home.write("shipped/b.toml", exercise("b1", "B1"));
  home.write("shipped/a.toml", exercise("a1", "A1") + exercise("a2", "A2"));
  home.write("shipped/notes.txt", "not a routine file");
  home.write("user/c.toml", exercise("c1", "C1"));
  const auto loaded = unknot::load_library({home.root() / "shipped", home.root() / "user"});
  CHECK(loaded.diagnostics.empty());
  CHECK(ids(loaded.library) == std::vector<std::string>{"a1", "a2", "b1", "c1"});
  CHECK(loaded.files_read == std::vector<std::filesystem::path>{home.root() / "shipped/a.toml",
                                                                home.root() / "shipped/b.toml",
                                                                home.root() / "user/c.toml"});
}

TEST_CASE("a user exercise with a shipped id replaces the whole shipped exercise") {
  TempHome home;
  home.write("shipped/neck.toml", exercise("neck-tilt", "Shipped", "30s") + exercise("other", "O"));
  const auto user =
      home.write("user/mine.toml",
                 "[[exercise]]\nid = \"neck-tilt\"\ntitle = \"Mine\"\nkind = \"massage\"\nareas = "
                 "[\"trapezius\"]\nduration = \"45s\"\nfits = [\"rest\"]\nsteps = [\"Mine.\"]\n"
                 "caution = \"c\"\n");
  const auto loaded = unknot::load_library({home.root() / "shipped", home.root() / "user"});
  CHECK(loaded.diagnostics.empty());
  CHECK(ids(loaded.library) == std::vector<std::string>{"neck-tilt", "other"});
  const auto* e = loaded.library.find_exercise("neck-tilt");
  REQUIRE(e != nullptr);
  CHECK(e->title == "Mine");
  CHECK(e->kind == unknot::ExerciseKind::massage);
  CHECK(e->duration == 45s);
  CHECK(e->areas == std::vector<std::string>{"trapezius"});
  CHECK(e->source_file == user.string());
}

TEST_CASE("the same id in two files of one folder warns, the later file wins") {
  TempHome home;
  const auto a = home.write("shipped/a.toml", exercise("x", "First"));
  const auto b = home.write("shipped/b.toml", "\n" + exercise("x", "Second"));
  const auto loaded = unknot::load_library({home.root() / "shipped"});
  CHECK(lines(loaded.diagnostics) ==
        Lines{b.string() + ":3:6: warning: exercise `x` replaces the one in " + a.string() + ":2"});
  CHECK(loaded.library.find_exercise("x")->title == "Second");
}

TEST_CASE("`disable` removes shipped exercises and routines by id") {
  TempHome home;
  home.write("shipped/a.toml", exercise("keep", "K") + exercise("drop", "D") +
                                   routine("keep-routine", {"keep"}) +
                                   routine("drop-routine", {"keep"}));
  home.write("user/mine.toml", "disable = [\"drop\", \"drop-routine\"]\n");
  const auto loaded = unknot::load_library({home.root() / "shipped", home.root() / "user"});
  CHECK(loaded.diagnostics.empty());
  CHECK(ids(loaded.library) == std::vector<std::string>{"keep"});
  REQUIRE(loaded.library.routines.size() == 1);
  CHECK(loaded.library.routines[0].id == "keep-routine");
}

TEST_CASE("disabling an unknown id warns, disabling an exercise drops routines using it") {
  TempHome home;
  const auto shipped =
      home.write("shipped/a.toml", exercise("palming", "P") + exercise("blink", "B") +
                                       routine("eyes", {"blink", "palming"}));
  const auto user = home.write("user/mine.toml", "disable = [\"palming\", \"blnk\"]\n");
  const auto loaded = unknot::load_library({home.root() / "shipped", home.root() / "user"});
  CHECK(lines(loaded.diagnostics) ==
        Lines{user.string() + ":1:23: warning: disable: no exercise or routine `blnk` was "
                              "loaded before this file; did you mean `blink`?",
              user.string() + ":1:12: warning: disabling `palming` also drops routine `eyes` (" +
                  shipped.string() + "), which uses it"});
  CHECK(loaded.ok());
  CHECK(ids(loaded.library) == std::vector<std::string>{"blink"});
  CHECK(loaded.library.routines.empty());
}

TEST_CASE("a routine may use exercises from any file, unknown ones are errors in its file") {
  TempHome home;
  home.write("shipped/a-exercises.toml", exercise("tilt", "T"));
  const auto routines = home.write("shipped/b-routines.toml",
                                   routine("ok", {"tilt", "roll"}) + routine("fine", {"roll"}));
  home.write("user/more.toml", exercise("roll", "R"));
  const auto z = home.write("user/z.toml", routine("broken", {"tilt", "nope"}));
  const auto loaded = unknot::load_library({home.root() / "shipped", home.root() / "user"});
  CHECK(lines(loaded.diagnostics) ==
        Lines{z.string() + ":4:22: error: routine `broken` names unknown exercise `nope`"});
  REQUIRE(loaded.library.routines.size() == 2);
  CHECK(loaded.library.routines[0].id == "ok");
  CHECK(loaded.library.routines[1].id == "fine");
  CHECK(loaded.library.routines[0].source_file == routines.string());
}

TEST_CASE("one broken file is reported and skipped, the other files still load") {
  TempHome home;
  home.write("shipped/a.toml", exercise("a", "A"));
  const auto broken = home.write("shipped/b.toml", exercise("b", "B") + "title = \n");
  home.write("shipped/c.toml", exercise("c", "C"));
  const auto loaded = unknot::load_library({home.root() / "shipped"});
  CHECK(lines(loaded.diagnostics) ==
        Lines{broken.string() +
              ":11:9: error: Error while parsing key-value pair: expected value, saw '\\n' (file "
              "skipped)"});
  CHECK_FALSE(loaded.ok());
  CHECK(ids(loaded.library) == std::vector<std::string>{"a", "c"});
  CHECK(loaded.files_read.size() == 3);
}

// [posix]: a dangling symlink; Windows (and Wine) let only administrators make one.
TEST_CASE("missing folders are skipped silently, an unreadable file is an error", "[posix]") {
  TempHome home;
  std::filesystem::create_directories(home.root() / "shipped");
  std::filesystem::create_symlink(home.root() / "gone.toml", home.root() / "shipped/link.toml");
  home.write("shipped/ok.toml", exercise("ok", "OK"));
  const auto loaded = unknot::load_library({home.root() / "nowhere", home.root() / "shipped"});
  CHECK(lines(loaded.diagnostics) ==
        Lines{(home.root() / "shipped/link.toml").string() +
              ": error: cannot read routine file: No such file or directory"});
  CHECK(ids(loaded.library) == std::vector<std::string>{"ok"});
}
