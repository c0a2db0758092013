// The routine format's second edition: prompts, sides and counts, discreet
// exercises, daily nudges, shared notes, the floor position and routine
// slots with alternatives, each with the diagnostics a user can get.
#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::Duration;
using unknot::LoadedLibrary;

namespace {

using unknot::test::lines;
using Lines = std::vector<std::string>;

LoadedLibrary parse(const std::string& text) { return unknot::parse_routine_text(text, "r.toml"); }

// An exercise without counts; `extra` lines go before its steps (line 7 on).
std::string exercise(const std::string& id, const std::string& extra = "") {
  return "[[exercise]]\nid = \"" + id +
         "\"\ntitle = \"T\"\nkind = \"stretch\"\nareas = [\"neck\"]\nduration = \"30s\"\n" + extra +
         "fits = [\"micro\", \"rest\"]\nsteps = [\"Do it.\", \"Again.\"]\ncaution = "
         "\"Gently.\"\n\n";
}

}  // namespace

TEST_CASE("a prompt is one line, short enough for a notification, in every language") {
  const auto loaded = parse(exercise("a", "prompt = \"Tilt your head, 15 seconds each side\"\n") +
                            exercise("b", "prompt = \"Two\\nlines\"\n") +
                            exercise("c", "prompt = \"" + std::string(120, 'x') + "\"\n") +
                            exercise("d", "prompt_fr = \"Deux\\nlignes\"\n"));
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:18:10: error: prompt: must be one line",
              "r.toml:29:10: warning: prompt: 120 characters; a notification shows about 100",
              "r.toml:40:13: error: prompt_fr: must be one line"});
  REQUIRE(loaded.library.exercises.size() == 2);  // b and d have errors
  CHECK(loaded.library.exercises[0].prompt == "Tilt your head, 15 seconds each side");
}

TEST_CASE("counts that overrun the duration are a warning that shows the sum") {
  const auto loaded =
      parse(exercise("tilt", "hold = \"15s\"\nsides = 2\n") +
            exercise("tucks", "hold = \"3s\"\nrepeat = 8\nmove = \"2s\"\n") +
            exercise("rolls", "repeat = 17\n") + exercise("march", "move = \"45s\"\n"));
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:18:12: warning: exercise `tucks` takes about 40s by its counts (8 x (3s "
              "hold + 2s moving)), more than its duration of 30s; cut the hold or repeats, or "
              "lengthen it",
              "r.toml:31:12: warning: exercise `rolls` takes about 34s by its counts (17 x (2s "
              "moving)), more than its duration of 30s; cut the hold or repeats, or lengthen it",
              "r.toml:42:12: warning: exercise `march` takes about 45s by its counts (45s "
              "moving), more than its duration of 30s; cut the hold or repeats, or lengthen it"});
  // 2 sides x (15 s + 1 s) = 32 s: within a tenth of 30 s, no warning.
  const auto& tilt = loaded.library.exercises.at(0);
  CHECK(tilt.sides == 2);
  CHECK(unknot::counted_length(tilt) == Duration{32s});
}

TEST_CASE("a breathing pattern's cycles are its counts, and repeat must agree with them") {
  const auto loaded = parse(R"([[exercise]]
id = "sigh"
title = "Sigh"
kind = "breathing"
areas = ["whole-body"]
duration = "30s"
fits = ["micro"]
repeat = 3
steps = ["Breathe in.", "Sip more air.", "Breathe out slowly."]
caution = "Gently."
[exercise.breathing]
inhale = 2.5
top_up = 1
exhale = 6.5
cycles = 4
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:6:12: warning: exercise `sigh` takes about 40s by its counts (4 breaths of "
              "10s), more than its duration of 30s; cut the hold or repeats, or lengthen it",
              "r.toml:8:10: warning: exercise `sigh`: repeat (3) and breathing cycles (4) "
              "disagree; the window shows one, the pacer paces the other"});
  REQUIRE(loaded.library.exercises.size() == 1);
  CHECK(loaded.library.exercises[0].breathing->top_up == 1);
}

TEST_CASE("the new fields take only what they mean: sides move discreet once_a_day notes") {
  const auto loaded =
      parse(exercise("a", "sides = 3\n") + exercise("b", "move = \"-1s\"\n") +
            exercise("c", "discreet = \"yes\"\n") + exercise("d", "once_a_day = \"mornings\"\n") +
            exercise("e", "position = \"flor\"\n") + exercise("f", "notes = \"massage\"\n") +
            exercise("g", "breathing = { inhale = 4, top_p = 1 }\n"));
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:7:9: error: sides: expected 1 or 2 (left and right in turn), got 3",
              "r.toml:18:8: error: move: expected a duration (e.g. \"45s\", \"20m\", \"1h30m\" "
              "or whole seconds, or 0 for no time moving), got \"-1s\"",
              "r.toml:29:12: error: discreet: expected true or false, got \"yes\"",
              "r.toml:40:14: error: once_a_day: expected any, morning, afternoon or end-of-day, "
              "got \"mornings\"; did you mean `morning`?",
              "r.toml:51:12: error: position: expected sitting, standing, either or floor, got "
              "\"flor\"; did you mean `floor`?",
              "r.toml:62:9: error: notes: expected an array of strings, got \"massage\"",
              "r.toml:73:27: warning: unknown key `top_p` in breathing; did you mean `top_up`?"});
  REQUIRE(loaded.library.exercises.size() == 1);
  CHECK(loaded.library.exercises[0].id == "g");
}

TEST_CASE("shared notes follow the caution in every file that names them") {
  unknot::test::TempHome home;
  home.write("shipped/notes.toml", R"([[note]]
id = "massage"
text = "Keep each press to 20 to 30 seconds."
text_de = "Drück jede Stelle 20 bis 30 Sekunden."
text_fr = "Appuyez 20 à 30 secondes par point."
)");
  const auto mine = home.write("user/mine.toml", exercise("roll", "notes = [\"massage\"]\n") +
                                                     "caution_de = \"Sanft.\"\n" +
                                                     exercise("press", "notes = [\"masage\"]\n"));
  const auto loaded = unknot::load_library({home.root() / "shipped", home.root() / "user"});
  CHECK(lines(loaded.diagnostics) ==
        Lines{mine.string() +
              ":19:10: error: exercise `press` names unknown note `masage`; did you mean "
              "`massage`? (exercise left out)"});
  REQUIRE(loaded.library.exercises.size() == 1);
  const auto& roll = loaded.library.exercises[0];
  CHECK(roll.caution == "Gently. Keep each press to 20 to 30 seconds.");
  CHECK(roll.translations.at("de").at("caution") == "Sanft. Drück jede Stelle 20 bis 30 Sekunden.");
  // No French caution of its own: the English one, then the French note.
  CHECK(roll.translations.at("fr").at("caution") == "Gently. Appuyez 20 à 30 secondes par point.");
}

TEST_CASE("a note needs an id and a text, and its keys are checked") {
  const auto loaded = parse(R"([[note]]
id = "a"

[[note]]
id = "b"
text = "Two."
txt_de = "Zwei."

[[note]]
id = "b"
text = "Again."
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:1:1: error: note `a` is missing `text`",
              "r.toml:7:1: warning: unknown field `txt_de` in [[note]]",
              "r.toml:10:6: error: duplicate note id `b` (first defined on line 5)"});
}

TEST_CASE("a routine slot may hold alternatives, each checked where it is written") {
  const auto loaded = parse(exercise("neck-side-tilt") + exercise("neck-rotation") + R"(
[[routine]]
id = "neck"
title = "Neck"
exercises = [["neck-side-tilt", "neck-rotaton"], "neck-side-tilt"]

[[routine]]
id = "fine"
title = "Fine"
exercises = [["neck-side-tilt", "neck-rotation"], "neck-rotation"]

[[routine]]
id = "odd"
title = "Odd"
exercises = [[], ["a", 3], 7, ["neck-rotation", "neck-rotation"]]
)");
  CHECK(lines(loaded.diagnostics) ==
        // Each file's own mistakes first, then what the merged library finds.
        Lines{"r.toml:35:14: error: exercises: expected an exercise id or a list of alternatives "
              "such as [\"neck-side-tilt\", \"neck-rotation\"], got an array",
              "r.toml:35:18: error: exercises: expected an exercise id or a list of alternatives "
              "such as [\"neck-side-tilt\", \"neck-rotation\"], got an array",
              "r.toml:35:28: error: exercises: expected an exercise id or a list of alternatives "
              "such as [\"neck-side-tilt\", \"neck-rotation\"], got 7",
              "r.toml:35:49: warning: exercises: `neck-rotation` is twice in the same "
              "alternatives",
              "r.toml:25:33: error: routine `neck` names unknown exercise `neck-rotaton`; did "
              "you mean `neck-rotation`?"});
  REQUIRE(loaded.library.routines.size() == 1);
  const auto& fine = loaded.library.routines[0];
  CHECK(fine.id == "fine");
  REQUIRE(fine.exercises.size() == 2);
  CHECK(fine.exercises[0].options == std::vector<std::string>{"neck-side-tilt", "neck-rotation"});
  CHECK(fine.exercises[1].options == std::vector<std::string>{"neck-rotation"});
}
