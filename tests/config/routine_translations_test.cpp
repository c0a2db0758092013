// The shipped routine texts in German and French: complete, step for step,
// in the register we chose (German "du", French "vous"), and without claims.
// Also the loader's handling of translated routine titles.
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>

#include <catch2/catch.hpp>

#include "config/routine_loader.hpp"
#include "core/language.hpp"
#include "support/temp_home.hpp"

using unknot::Exercise;

namespace {

const std::filesystem::path kShipped = UNKNOT_SOURCE_DIR "/config/routines";
const std::vector<std::string> kLanguages{"de", "fr"};

// Words of a text split at anything but letters (UTF-8 bytes count as letters,
// so "Übung" stays whole); case is kept for the German register check.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80))
      out.back() += c;
    else if (!out.back().empty())
      out.emplace_back();
  }
  return out;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool has_word_starting(const std::string& text, const std::vector<std::string>& stems) {
  for (const std::string& w : words(lower(text)))
    for (const std::string& stem : stems)
      if (w.starts_with(stem)) return true;
  return false;
}

// No treatment or cure claims, no medication, in either language.
bool makes_a_claim(const std::string& text, const std::string& lang) {
  if (lang == "de")
    return has_word_starting(text, {"heil", "behandl", "therapier", "medikament", "schmerzmittel",
                                    "tablette", "kurier"});
  return has_word_starting(
      text, {"guéri", "soign", "traite", "traitement", "médicament", "antidouleur", "cachet"});
}

std::multiset<std::string> numbers(const std::string& text) {
  std::multiset<std::string> out;
  const std::regex number("[0-9]+");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number);
       it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

// One exercise for the routines below to name.
const std::string kExercise = R"(
[[exercise]]
id = "a"
title = "Shoulder rolls"
kind = "stretch"
areas = ["shoulders"]
duration = "1m"
fits = ["rest"]
steps = ["Roll your shoulders back.", "Let them drop."]
caution = "Keep the circles small if your shoulders ache."
)";

bool reports(const unknot::LoadedLibrary& loaded, const std::string& text) {
  for (const auto& d : loaded.diagnostics)
    if (d.to_string().find(text) != std::string::npos) return true;
  return false;
}

std::string all_text(const Exercise& e, const std::string& lang) {
  const std::vector<std::string> langs{lang};
  std::string text = translated_field(e, "title", langs) + "\n" +
                     translated_field(e, "prompt", langs) + "\n" +
                     translated_field(e, "caution", langs);
  for (const std::string& step : translated_steps(e, langs)) text += "\n" + step;
  return text;
}

}  // namespace

TEST_CASE("every shipped exercise is complete in German and French, step for step") {
  unknot::test::TempHome home;
  const auto loaded = unknot::load_library({kShipped});
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.library.exercises.size() >= 118);
  for (const Exercise& e : loaded.library.exercises) {
    for (const std::string& lang : kLanguages) {
      INFO(e.id << " in " << lang);
      const auto texts = e.translations.find(lang);
      REQUIRE(texts != e.translations.end());
      for (const char* field : {"title", "prompt", "steps", "caution"}) {
        INFO(field);
        CHECK(texts->second.count(field) == 1);
      }
      const auto steps = translated_steps(e, {lang});
      REQUIRE(steps.size() == e.steps.size());
      CHECK(translated_field(e, "title", {lang}) != e.title);
      // Every count and time in a translated step is the one the English gives
      // (translations may drop the imperial units, never change a figure).
      for (std::size_t i = 0; i < steps.size(); ++i) {
        INFO("step " << i + 1 << ": " << steps[i]);
        CHECK_FALSE(steps[i].empty());
        for (const std::string& n : numbers(steps[i])) CHECK(numbers(e.steps[i]).count(n) > 0);
      }
      // The prompt's counts and times too: it is what the notification says.
      const std::string prompt = translated_field(e, "prompt", {lang});
      INFO("prompt: " << prompt);
      CHECK(numbers(prompt) == numbers(e.prompt));
    }
  }
}

TEST_CASE("the translations the review found wrong or clumsy read right now") {
  unknot::test::TempHome home;
  const auto lib = unknot::load_library({kShipped}).library;
  const auto text = [&](const char* id, const std::string& lang) {
    const Exercise* e = lib.find_exercise(id);
    INFO(id);
    REQUIRE(e != nullptr);
    return lower(all_text(*e, lang));
  };
  // "wölben" reads as rounding the back; the step means arching it.
  CHECK(text("seated-cat-cow", "de").find("wölb") == std::string::npos);
  CHECK(text("seated-cat-cow", "de").find("hohlkreuz") != std::string::npos);
  // Tucking the tailbone tilts the pelvis back (up in front), not forward and down.
  for (const char* id : {"standing-quad-stretch", "standing-hip-flexor-stretch"}) {
    CHECK(text(id, "de").find("nach vorn unten") == std::string::npos);
    CHECK(text(id, "de").find("steißbein nach unten") != std::string::npos);
  }
  // The balls of the feet are "l’avant des pieds"; "la plante" is the sole.
  for (const char* id : {"calf-raises", "stair-heel-drops"}) {
    CHECK(text(id, "fr").find("plante des pieds") == std::string::npos);
    CHECK(text(id, "fr").find("l’avant des pieds") != std::string::npos);
  }
  for (const Exercise& e : lib.exercises) {
    INFO(e.id);
    CHECK(lower(all_text(e, "fr")).find("restez tranquille") == std::string::npos);
    CHECK(lower(all_text(e, "fr")).find("restez supportable") == std::string::npos);
  }
}

TEST_CASE("every shipped routine has a German and a French title") {
  unknot::test::TempHome home;
  const auto lib = unknot::load_library({kShipped}).library;
  REQUIRE(lib.routines.size() >= 15);
  for (const auto& routine : lib.routines) {
    for (const std::string& lang : kLanguages) {
      INFO(routine.id << " in " << lang);
      const std::string title = translated_title(routine, {lang});
      CHECK(title != routine.title);
      CHECK_FALSE(makes_a_claim(title, lang));
    }
  }
}

TEST_CASE("translated texts keep the register and make no claims") {
  unknot::test::TempHome home;
  // The filters bite, and leave harmless words alone.
  REQUIRE(makes_a_claim("Das heilt deinen Nacken.", "de"));
  REQUIRE(makes_a_claim("Un traitement pour le dos.", "fr"));
  REQUIRE_FALSE(makes_a_claim("Halte 15 Sekunden und atme langsam.", "de"));
  REQUIRE_FALSE(makes_a_claim("Tenez 15 secondes en respirant lentement.", "fr"));
  const std::set<std::string> formal_german{"Sie",   "Ihr",   "Ihre", "Ihren",
                                            "Ihrem", "Ihrer", "Ihnen"};
  const std::set<std::string> informal_french{"tu", "toi", "ton", "ta", "tes", "te"};
  for (const Exercise& e : unknot::load_library({kShipped}).library.exercises) {
    INFO(e.id);
    const std::string de = all_text(e, "de"), fr = all_text(e, "fr");
    CHECK_FALSE(makes_a_claim(de, "de"));
    CHECK_FALSE(makes_a_claim(fr, "fr"));
    for (const std::string& w : words(de)) CHECK(formal_german.count(w) == 0);
    for (const std::string& w : words(lower(fr))) CHECK(informal_french.count(w) == 0);
  }
}

TEST_CASE("a routine file may translate a routine's title") {
  unknot::test::TempHome home;
  const auto parsed = unknot::parse_routine_text(R"(
[[routine]]
id = "desk"
title = "Desk reset"
title_de = "Neustart am Schreibtisch"
title_fr = "Remise à zéro au bureau"
exercises = ["a"]
)" + kExercise,
                                                 "mine.toml");
  INFO((parsed.diagnostics.empty() ? "" : parsed.diagnostics.front().to_string()));
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.library.routines.size() == 1);
  const auto& routine = parsed.library.routines.front();
  CHECK(translated_title(routine, {"de"}) == "Neustart am Schreibtisch");
  CHECK(translated_title(routine, {"fr"}) == "Remise à zéro au bureau");
  CHECK(translated_title(routine, {"es"}) == "Desk reset");
}

TEST_CASE("an empty or misspelt routine title translation is reported") {
  unknot::test::TempHome home;
  const auto empty = unknot::parse_routine_text(R"(
[[routine]]
id = "desk"
title = "Desk reset"
title_de = ""
exercises = ["a"]
)" + kExercise,
                                                "mine.toml");
  CHECK(reports(empty, "mine.toml:5:12: error: title_de: must not be empty"));
  CHECK(empty.library.routines.empty());
  const auto misspelt = unknot::parse_routine_text(R"(
[[routine]]
id = "desk"
title = "Desk reset"
titel_de = "Neustart"
exercises = ["a"]
)" + kExercise,
                                                   "mine.toml");
  CHECK(reports(misspelt, "mine.toml:5:1: warning: unknown field `titel_de` in [[routine]]"));
}
