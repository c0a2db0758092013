// The shipped routine library is a product in itself: these tests hold it to
// the promises of DOMAIN.md (every body area and kind of break covered, plain
// steps with a caution, nothing that claims to treat anything).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "core/picker.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::Duration;
using unknot::Exercise;
using unknot::ExerciseKind;
using unknot::Position;

namespace {

const std::filesystem::path kShipped = UNKNOT_SOURCE_DIR "/config/routines";

unknot::LoadedLibrary load_shipped() { return unknot::load_library({kShipped}); }

std::vector<const Exercise*> matching(const unknot::Library& lib, auto predicate) {
  std::vector<const Exercise*> out;
  for (const Exercise& e : lib.exercises)
    if (predicate(e)) out.push_back(&e);
  return out;
}

bool is_breathing(const Exercise& e, auto pattern_predicate) {
  return e.kind == ExerciseKind::breathing && e.breathing && pattern_predicate(*e.breathing);
}

// Lower-case words of a text, so "treatment" is caught but "health" is not
// mistaken for "heal".
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      out.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.back().empty())
      out.emplace_back();
  }
  return out;
}

bool makes_a_claim(const std::string& text) {
  static const std::set<std::string> exact{"cure",  "cures",  "cured",   "curing", "heal",
                                           "heals", "healed", "healing", "dose",   "doses"};
  for (const std::string& w : words(text)) {
    if (exact.count(w) || w.starts_with("treat") || w.starts_with("medication") ||
        w.starts_with("medicine") || w.starts_with("painkiller"))
      return true;
  }
  return false;
}

bool starts_numbered(const std::string& step) {
  const auto first = step.find_first_not_of(' ');
  if (first == std::string::npos || !std::isdigit(static_cast<unsigned char>(step[first])))
    return false;
  const auto after = step.find_first_not_of("0123456789", first);
  return after != std::string::npos &&
         std::string_view(".):").find(step[after]) != std::string::npos;
}

std::string all_text(const Exercise& e) {
  std::string text = e.title + "\n" + e.prompt + "\n" + e.caution;
  for (const std::string& step : e.steps) text += "\n" + step;
  return text;
}

}  // namespace

TEST_CASE("the shipped library loads without a single diagnostic") {
  unknot::test::TempHome home;
  const auto loaded = load_shipped();
  std::string shown;
  for (const auto& d : loaded.diagnostics) shown += d.to_string() + "\n";
  INFO(shown);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.files_read.size() >= 13);
  // The second edition: 93 exercises and 10 routines, plus at least 25 and 5.
  CHECK(loaded.library.exercises.size() >= 118);
  CHECK(loaded.library.routines.size() >= 15);
}

TEST_CASE("every exercise and routine id is unique across the shipped files") {
  unknot::test::TempHome home;
  std::map<std::string, std::string> exercise_files, routine_files;
  const auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  };
  // Alone, a file's exercises would name notes it does not define.
  const std::string notes = read(kShipped / "notes.toml");
  for (const auto& entry : std::filesystem::directory_iterator(kShipped)) {
    if (entry.path().extension() != ".toml" || entry.path().filename() == "notes.toml") continue;
    const auto file =
        unknot::parse_routine_text(read(entry.path()) + "\n" + notes, entry.path().string());
    // Diagnostics are the full load's business: alone, routines.toml names
    // exercises from the other files.
    for (const Exercise& e : file.library.exercises) {
      INFO(e.id << " in " << entry.path().filename());
      CHECK(exercise_files.emplace(e.id, entry.path().filename().string()).second);
    }
    for (const auto& r : file.library.routines) {
      INFO("routine " << r.id);
      CHECK(routine_files.emplace(r.id, entry.path().filename().string()).second);
    }
  }
  CHECK(exercise_files.size() >= 118);
}

TEST_CASE("every body area DOMAIN.md names, and the feet, is covered by at least three exercises") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  for (const char* area :
       {"neck", "trapezius", "upper-back", "shoulders", "chest", "arms", "wrists", "lower-back",
        "hips", "hamstrings", "calves", "shins", "feet", "eyes"}) {
    const auto found = matching(lib, [&](const Exercise& e) {
      return std::find(e.areas.begin(), e.areas.end(), area) != e.areas.end();
    });
    INFO(area);
    CHECK(found.size() >= 3);
  }
}

TEST_CASE("every kind of break is present, with the named breathing patterns") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  for (auto kind :
       {ExerciseKind::stretch, ExerciseKind::breathing, ExerciseKind::posture, ExerciseKind::eyes,
        ExerciseKind::massage, ExerciseKind::movement, ExerciseKind::relaxation}) {
    INFO(unknot::to_string(kind));
    CHECK(matching(lib, [&](const Exercise& e) { return e.kind == kind; }).size() >= 3);
  }
  const auto box = [](const unknot::BreathingPattern& p) {
    return p.inhale > 0 && p.inhale == p.hold && p.hold == p.exhale && p.exhale == p.hold_after;
  };
  const auto four_seven_eight = [](const unknot::BreathingPattern& p) {
    return p.inhale == 4 && p.hold == 7 && p.exhale == 8;
  };
  // A sigh: a second, top-up inhale the pacer shows, no holds, and a long
  // exhale at least twice the (double) inhale.
  const auto sigh = [](const unknot::BreathingPattern& p) {
    return p.top_up > 0 && p.hold == 0 && p.hold_after == 0 &&
           p.exhale >= 2 * (p.inhale + p.top_up);
  };
  const auto six_per_minute = [](const unknot::BreathingPattern& p) {
    return p.inhale + p.hold + p.exhale + p.hold_after == 10;
  };
  CHECK_FALSE(matching(lib, [&](auto& e) { return is_breathing(e, box); }).empty());
  CHECK_FALSE(matching(lib, [&](auto& e) { return is_breathing(e, four_seven_eight); }).empty());
  CHECK_FALSE(matching(lib, [&](auto& e) { return is_breathing(e, sigh); }).empty());
  CHECK_FALSE(matching(lib, [&](auto& e) { return is_breathing(e, six_per_minute); }).empty());
  for (const Exercise* e :
       matching(lib, [](auto& e) { return e.kind == ExerciseKind::breathing; })) {
    INFO(e->id << " needs a pace for the guided breathing");
    CHECK(e->breathing.has_value());
  }
}

TEST_CASE("eye breaks include 20-20-20 and massage uses a tennis ball and a foam roller") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  CHECK_FALSE(matching(lib, [](const Exercise& e) {
                return e.kind == ExerciseKind::eyes &&
                       e.title.find("20-20-20") != std::string::npos && e.hold == Duration{20s} &&
                       e.fits_break(BreakKind::micro);
              }).empty());
  for (const char* tool : {"tennis-ball", "foam-roller"}) {
    INFO(tool);
    CHECK(matching(lib, [&](const Exercise& e) {
            return e.kind == ExerciseKind::massage && e.equipment == tool;
          }).size() >= 3);
  }
  CHECK_FALSE(matching(lib, [](const Exercise& e) {
                return e.kind == ExerciseKind::massage && e.equipment == "none";
              }).empty());  // hands only
}

TEST_CASE("every exercise has plain steps, a caution and a length that fits its breaks") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  for (const Exercise& e : lib.exercises) {
    INFO(e.id);
    CHECK(e.steps.size() >= 2);
    CHECK(e.caution.size() >= 20);
    for (const std::string& step : e.steps) CHECK_FALSE(starts_numbered(step));
    if (e.fits_break(BreakKind::micro)) {
      CHECK(e.duration >= Duration{20s});
      CHECK(e.duration <= Duration{60s});
    }
    if (e.fits_break(BreakKind::rest)) {
      CHECK(e.duration >= Duration{30s});
      // A walk or a meditation may fill a whole rest break; the rest leave room.
      const bool whole_break =
          e.kind == ExerciseKind::movement || e.kind == ExerciseKind::relaxation;
      CHECK(e.duration <= (whole_break ? Duration{5min} : Duration{3min}));
    }
    if (!e.image.empty())
      CHECK(std::filesystem::exists(UNKNOT_SOURCE_DIR "/icons/exercises/" + e.image));
  }
}

TEST_CASE("at least fifteen micro breaks can be done seated at the desk") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  const auto seated = matching(lib, [](const Exercise& e) {
    return e.fits_break(BreakKind::micro) && e.position == Position::sitting &&
           e.equipment == "none";
  });
  CHECK(seated.size() >= 15);
  std::set<ExerciseKind> kinds;
  for (const Exercise* e : seated) kinds.insert(e->kind);
  CHECK(kinds.size() >= 4);  // seated users still get stretches, breathing, posture, eyes
  // ...and enough of them fit the default 30-second micro break.
  const auto short_enough = std::count_if(seated.begin(), seated.end(), [](const Exercise* e) {
    return e->duration <= unknot::Settings{}.micro.duration;
  });
  CHECK(short_enough >= 15);
}

TEST_CASE("every routine fills a rest break of about five minutes, whichever alternatives") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  int with_alternatives = 0;
  for (const auto& routine : lib.routines) {
    INFO(routine.id);
    CHECK(std::find(routine.fits.begin(), routine.fits.end(), BreakKind::rest) !=
          routine.fits.end());
    Duration shortest{}, longest{};
    for (const auto& slot : routine.exercises) {
      REQUIRE_FALSE(slot.options.empty());
      with_alternatives += slot.options.size() > 1 ? 1 : 0;
      Duration low = Duration::max(), high{};
      for (const std::string& id : slot.options) {
        const Exercise* e = lib.find_exercise(id);
        INFO(id);
        REQUIRE(e != nullptr);
        CHECK(e->fits_break(BreakKind::rest));
        low = std::min(low, e->duration);
        high = std::max(high, e->duration);
      }
      shortest += low;
      longest += high;
    }
    CHECK(shortest >= Duration{4min});
    CHECK(longest <= Duration{6min});
  }
  CHECK(with_alternatives >= 15);  // so a routine is not the same five minutes every time
}

TEST_CASE("no shipped text claims to treat or cure anything or suggests medication") {
  unknot::test::TempHome home;
  // The filter itself must bite, and must not flag harmless words.
  REQUIRE(makes_a_claim("A gentle treatment for knots."));
  REQUIRE(makes_a_claim("It heals, it cures."));
  REQUIRE_FALSE(makes_a_claim("Good for your health; a secure chair."));
  const auto lib = load_shipped().library;
  for (const Exercise& e : lib.exercises) {
    INFO(e.id);
    CHECK_FALSE(makes_a_claim(all_text(e)));
  }
  for (const auto& routine : lib.routines) CHECK_FALSE(makes_a_claim(routine.title));
}

TEST_CASE("the picker fills every break from the shipped library without falling back") {
  unknot::test::TempHome home;
  const auto lib = load_shipped().library;
  unknot::ExercisePreferences sitting;
  sitting.position = Position::sitting;
  unknot::ExercisePreferences everything;
  everything.equipment = {"tennis-ball", "foam-roller", "wall", "stairs", "band"};
  unknot::ExercisePreferences discreet;
  discreet.prefer_discreet = true;
  for (const auto& prefs : {unknot::ExercisePreferences{}, sitting, everything, discreet}) {
    unknot::Picker picker(lib, 2026);
    std::set<std::string> routines;
    for (int i = 0; i < 600; ++i) {
      const bool rest = i % 3 == 2;
      const auto plan = picker.pick(rest ? BreakKind::rest : BreakKind::micro,
                                    rest ? Duration{5min} : Duration{30s}, prefs);
      REQUIRE_FALSE(plan.exercises.empty());
      CHECK(plan.fallback_reason.empty());
      if (!plan.routine_id.empty()) routines.insert(plan.routine_id);
    }
    CHECK(routines.size() >= 4);  // several routines suit every kind of user
  }
}
