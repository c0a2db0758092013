// Routine files: the fields of an exercise and a routine, and every
// diagnostic a user can get from them.
#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "support/diagnostic_lines.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::LoadedLibrary;

namespace {

using unknot::test::lines;

using Lines = std::vector<std::string>;

LoadedLibrary parse(const std::string& text) { return unknot::parse_routine_text(text, "r.toml"); }

const std::string kNeckTilt = R"([[exercise]]
id = "neck-side-tilt"
title = "Neck side tilt"
kind = "stretch"
areas = ["neck", "trapezius"]
duration = "30s"
fits = ["micro", "rest"]
steps = ["Sit tall.", "Tilt your ear to your shoulder."]
caution = "Move slowly."
)";

}  // namespace

TEST_CASE("an exercise with every field loads as written") {
  const auto loaded = parse(R"([[exercise]]
id = "box-breathing"
title = "Box breathing"
prompt = "Breathe in a square of 4 counts, 6 times"
kind = "breathing"
areas = ["chest"]
duration = "2m"
fits = ["micro"]
steps = ["Breathe in.", "Hold.", "Breathe out."]
caution = "Stop if dizzy."
repeat = 6
hold = "4s"
sides = 1
move = "0s"
discreet = true
once_a_day = "morning"
notes = ["breath-hold"]
equipment = "none"
position = "sitting"
breathing = { inhale = 4, top_up = 0.5, hold = 4, exhale = 4.5, hold_after = 4, cycles = 6 }
image = "box-breathing.svg"
title_de = "Quadratatmung"
prompt_de = "Atme im Quadrat, 6-mal"
steps_de = ["Einatmen.", "Halten.", "Ausatmen."]
caution_de = "Bei Schwindel aufhören."

[[note]]
id = "breath-hold"
text = "Skip the holds if you are pregnant."
text_de = "Lass das Anhalten weg, wenn du schwanger bist."
)");
  REQUIRE(lines(loaded.diagnostics).empty());
  REQUIRE(loaded.library.exercises.size() == 1);
  const auto& e = loaded.library.exercises[0];
  CHECK(e.id == "box-breathing");
  CHECK(e.prompt == "Breathe in a square of 4 counts, 6 times");
  CHECK(e.kind == unknot::ExerciseKind::breathing);
  CHECK(e.areas == std::vector<std::string>{"chest"});
  CHECK(e.duration == 2min);
  CHECK(e.fits == std::vector<BreakKind>{BreakKind::micro});
  CHECK(e.steps.size() == 3);
  CHECK(e.repeat == 6);
  CHECK(e.hold == unknot::Duration{4s});
  CHECK(e.sides == 1);
  CHECK(e.move == unknot::Duration{0s});
  CHECK(e.discreet);
  CHECK(e.once_a_day == unknot::DayPart::morning);
  CHECK(e.notes == std::vector<std::string>{"breath-hold"});
  CHECK(e.position == unknot::Position::sitting);
  REQUIRE(e.breathing.has_value());
  CHECK(e.breathing->top_up == 0.5);
  CHECK(e.breathing->exhale == 4.5);
  CHECK(e.breathing->hold_after == 4);
  CHECK(e.breathing->cycles == 6);
  CHECK(e.image == "box-breathing.svg");
  CHECK(e.translations.at("de").at("title") == "Quadratatmung");
  CHECK(e.translations.at("de").at("steps") == "Einatmen.\nHalten.\nAusatmen.");
  // The note follows the caution, in each language.
  CHECK(e.caution == "Stop if dizzy. Skip the holds if you are pregnant.");
  CHECK(e.translations.at("de").at("caution") ==
        "Bei Schwindel aufhören. Lass das Anhalten weg, wenn du schwanger bist.");
  CHECK(e.translations.at("de").at("prompt") == "Atme im Quadrat, 6-mal");
  CHECK(e.source_file == "r.toml");
}

TEST_CASE("unknown kind, area, fits and position values get suggestions") {
  const auto loaded = parse(R"([[exercise]]
id = "a"
title = "A"
kind = "strech"
areas = ["nek"]
duration = "30s"
fits = ["micro", "rset"]
steps = ["x"]
caution = "c"
position = "stnding"
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:4:8: error: kind: expected stretch, breathing, posture, eyes, massage, "
              "movement or relaxation, got \"strech\"; did you mean `stretch`?",
              "r.toml:5:10: warning: areas: unknown body area \"nek\"; did you mean `neck`?",
              "r.toml:7:18: error: fits: expected micro or rest, got \"rset\"; did you mean "
              "`rest`?",
              "r.toml:10:12: error: position: expected sitting, standing, either or floor, got "
              "\"stnding\"; did you mean `standing`?"});
  CHECK(loaded.library.exercises.empty());  // an exercise with errors is not shown
}

TEST_CASE("missing required fields are errors at the table, a missing caution warns") {
  const auto loaded = parse(R"([[exercise]]
id = "a"
title = "A"
kind = "eyes"

[[exercise]]
title = "No id"

[[exercise]]
id = "b"
title = "B"
kind = "eyes"
areas = ["eyes"]
duration = "20s"
fits = ["micro"]
steps = ["Blink."]
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:1:1: error: exercise `a` is missing `areas`, `duration`, `fits` and "
              "`steps`",
              "r.toml:6:1: error: exercise is missing `id`, `kind`, `areas`, `duration`, `fits` "
              "and `steps`",
              "r.toml:9:1: warning: exercise `b` has no `caution`; say when to stop or whom it "
              "may not suit"});
  REQUIRE(loaded.library.exercises.size() == 1);
  CHECK(loaded.library.exercises[0].id == "b");
}

TEST_CASE("empty lists and empty texts are errors") {
  const auto loaded = parse(R"([[exercise]]
id = ""
title = "A"
kind = "eyes"
areas = []
duration = "20s"
fits = []
steps = []
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:1:1: warning: exercise has no `caution`; say when to stop or whom it may "
              "not suit",
              "r.toml:2:6: error: id: must not be empty",
              "r.toml:5:9: error: areas: expected at least one body area",
              "r.toml:7:8: error: fits: expected at least one of micro or rest",
              "r.toml:8:9: error: steps: expected at least one step"});
}

TEST_CASE("breathing phases must be positive, holds not negative, cycles at least one") {
  const auto loaded = parse(
      kNeckTilt + R"(breathing = { inhale = 0, hold = -1, exhale = "4", cycles = 0, exhal = 2 }
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:10:24: error: breathing.inhale: expected a number of seconds greater than "
              "0, got 0",
              "r.toml:10:34: error: breathing.hold: expected a number of seconds of 0 or more, "
              "got -1",
              "r.toml:10:47: error: breathing.exhale: expected a number of seconds greater than "
              "0, got \"4\"",
              "r.toml:10:61: error: breathing.cycles: expected a whole number of 1 or more, got 0",
              "r.toml:10:64: warning: unknown key `exhal` in breathing; did you mean `exhale`?"});
}

TEST_CASE("a micro exercise longer than two minutes warns, bad images and repeats are errors") {
  std::string text = kNeckTilt;
  text.replace(text.find("\"30s\""), 5, "\"3m\"");
  const auto loaded = parse(text + "repeat = 0\nimage = \"../x.png\"\ntitel_de = \"x\"\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:6:12: warning: exercise `neck-side-tilt` fits micro breaks but lasts 3m; "
              "micro breaks are usually 2m or less",
              "r.toml:10:10: error: repeat: expected a whole number of 1 or more, got 0",
              "r.toml:11:9: error: image: expected an SVG file under icons/exercises/ (e.g. "
              "\"neck-tilt.svg\"), got \"../x.png\"",
              "r.toml:12:1: warning: unknown field `titel_de` in [[exercise]]; did you mean "
              "`title_de`?"});
}

TEST_CASE("a duplicate id within one file is an error, the first one stays") {
  const auto loaded = parse(kNeckTilt + "\n" + kNeckTilt);
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:12:6: error: duplicate exercise id `neck-side-tilt` (first defined on line "
              "2)"});
  CHECK(loaded.library.exercises.size() == 1);
}

TEST_CASE("routines list exercises in order, an unknown exercise id is an error where it is") {
  const auto loaded = parse(kNeckTilt + R"(
[[routine]]
id = "desk-reset"
title = "Desk reset"
fits = ["rest"]
exercises = ["neck-side-tilt", "neck-side-tlt"]

[[routine]]
id = "neck-only"
title = "Neck only"
exercises = ["neck-side-tilt", "neck-side-tilt"]
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:15:32: error: routine `desk-reset` names unknown exercise `neck-side-tlt`; "
              "did you mean `neck-side-tilt`?"});
  REQUIRE(loaded.library.routines.size() == 1);
  const auto& routine = loaded.library.routines[0];
  CHECK(routine.id == "neck-only");
  CHECK(routine.fits == std::vector<BreakKind>{BreakKind::rest});  // fits defaults to rest
  CHECK(routine.exercises == std::vector<unknot::RoutineSlot>{"neck-side-tilt", "neck-side-tilt"});
}

TEST_CASE("routine and top-level mistakes are reported") {
  const auto loaded = parse(R"(exercises = []
[exercise]
id = "x"

[[routine]]
title = "No id"
exrcises = ["a"]
)");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:1:1: warning: unknown key `exercises`; did you mean `exercise`?",
              "r.toml:2:1: error: exercise: expected [[exercise]] tables, got a table",
              "r.toml:5:1: error: routine is missing `id` and `exercises`",
              "r.toml:7:1: warning: unknown field `exrcises` in [[routine]]; did you mean "
              "`exercises`?"});
}

TEST_CASE("a syntax error skips the file") {
  const auto loaded = parse(kNeckTilt + "[[exercise]\n");
  CHECK(lines(loaded.diagnostics) ==
        Lines{"r.toml:10:12: error: Error while parsing table header: expected ']', saw '\\n' "
              "(file skipped)"});
  CHECK(loaded.library.exercises.empty());
}
