// Which language the user wants, from the locale variables, and exercise
// texts in that language with English as the fallback.
#include "core/language.hpp"

#include <catch2/catch.hpp>

using unknot::Exercise;
using unknot::LocaleVariables;
using unknot::user_languages;
using Codes = std::vector<std::string>;

namespace {

Exercise stretch() {
  Exercise e;
  e.id = "neck-side-tilt";
  e.title = "Neck side tilt";
  e.steps = {"Sit tall.", "Tilt your head."};
  e.caution = "Stop if it hurts.";
  e.translations["de"] = {{"title", "Nacken seitlich neigen"},
                          {"steps", "Setz dich aufrecht hin.\nNeige den Kopf."},
                          {"caution", "Hör auf, wenn es wehtut."}};
  e.translations["fr"] = {{"title", "Inclinaison latérale du cou"}};
  return e;
}

}  // namespace

TEST_CASE("a locale name gives its language code") {
  CHECK(unknot::language_code("de_DE.UTF-8") == "de");
  CHECK(unknot::language_code("fr_CA.UTF-8@euro") == "fr");
  CHECK(unknot::language_code("fr") == "fr");
  CHECK(unknot::language_code("de_AT@euro") == "de");
  CHECK(unknot::language_code("C").empty());
  CHECK(unknot::language_code("C.UTF-8").empty());
  CHECK(unknot::language_code("POSIX").empty());
  CHECK(unknot::language_code("").empty());
}

TEST_CASE("LANGUAGE's list comes first, in order, when the locale is not plain C") {
  CHECK(user_languages({"fr:de", "", "", "de_DE.UTF-8"}) == Codes{"fr", "de"});
  CHECK(user_languages({"de_CH:de_DE:de", "", "", "C.UTF-8"}) == Codes{"de"});
  CHECK(user_languages({"en_GB:de", "", "", "de_DE.UTF-8"}) == Codes{"en", "de"});
  // An empty or junk LANGUAGE falls back to the locale.
  CHECK(user_languages({":", "", "", "fr_FR.UTF-8"}) == Codes{"fr"});
}

TEST_CASE("without LANGUAGE, LC_ALL beats LC_MESSAGES beats LANG") {
  CHECK(user_languages({"", "fr_FR.UTF-8", "de_DE.UTF-8", "en_US.UTF-8"}) == Codes{"fr"});
  CHECK(user_languages({"", "", "de_DE.UTF-8", "fr_FR.UTF-8"}) == Codes{"de"});
  CHECK(user_languages({"", "", "", "de_DE.UTF-8"}) == Codes{"de"});
}

TEST_CASE("the C and POSIX locales mean English, and then LANGUAGE is ignored as gettext does") {
  CHECK(user_languages({"", "", "", "C"}).empty());
  CHECK(user_languages({"", "POSIX", "", "de_DE.UTF-8"}).empty());
  CHECK(user_languages({"de", "", "", "C"}).empty());
  CHECK(user_languages({"de", "", "", ""}).empty());
  // ...but not C.UTF-8, where glibc honours LANGUAGE.
  CHECK(user_languages({"de", "", "", "C.UTF-8"}) == Codes{"de"});
}

TEST_CASE("exercise texts come in the user's language, field by field, else in English") {
  const Exercise e = stretch();
  CHECK(translated_field(e, "title", {"de"}) == "Nacken seitlich neigen");
  CHECK(translated_field(e, "caution", {"de"}) == "Hör auf, wenn es wehtut.");
  CHECK(translated_steps(e, {"de"}) == Codes{"Setz dich aufrecht hin.", "Neige den Kopf."});
  // French has only the title: the rest falls back to English, not to German.
  CHECK(translated_field(e, "title", {"fr", "de"}) == "Inclinaison latérale du cou");
  CHECK(translated_field(e, "caution", {"fr"}) == "Stop if it hurts.");
  CHECK(translated_steps(e, {"fr"}) == e.steps);
  // A second choice is used when the first has no text, as gettext does for
  // its catalogs (there is no English one, so "en:de" reads German).
  CHECK(translated_field(e, "caution", {"fr", "de"}) == "Hör auf, wenn es wehtut.");
  CHECK(translated_field(e, "title", {"en", "de"}) == "Nacken seitlich neigen");
  CHECK(translated_field(e, "title", {"en"}) == "Neck side tilt");
  CHECK(translated_field(e, "title", {"es"}) == "Neck side tilt");
  CHECK(translated_field(e, "title", {}) == "Neck side tilt");
}

TEST_CASE("routine titles come in the user's language") {
  unknot::Routine r;
  r.title = "Desk reset";
  r.translations["fr"]["title"] = "Remise en forme au bureau";
  CHECK(translated_title(r, {"fr"}) == "Remise en forme au bureau");
  CHECK(translated_title(r, {"de"}) == "Desk reset");
}

TEST_CASE("placeholders are filled by number so translations may reorder them") {
  CHECK(unknot::fill_in("{0} in {1}", {"Micro break", "5 min"}) == "Micro break in 5 min");
  CHECK(unknot::fill_in("dans {1} : {0}", {"pause", "5 min"}) == "dans 5 min : pause");
  CHECK(unknot::fill_in("{2} {x} {}", {"a"}) == "{2} {x} {}");  // unknown ones stay visible
}

TEST_CASE("a process keeps only the translations it can show") {
  unknot::Library library;
  Exercise e;
  e.id = "neck-tilt";
  e.title = "Neck tilt";
  e.translations["de"]["title"] = "Nackenneigung";
  e.translations["fr"]["title"] = "Inclinaison du cou";
  library.exercises.push_back(e);
  unknot::Routine r;
  r.id = "desk";
  r.title = "At the desk";
  r.translations["de"]["title"] = "Am Schreibtisch";
  r.translations["fr"]["title"] = "Au bureau";
  library.routines.push_back(r);

  unknot::keep_languages(library, {"fr"});
  CHECK(unknot::translated_field(library.exercises[0], "title", {"fr"}) == "Inclinaison du cou");
  CHECK(unknot::translated_field(library.exercises[0], "title", {"de"}) == "Neck tilt");
  CHECK(unknot::translated_title(library.routines[0], {"fr"}) == "Au bureau");
  CHECK(library.routines[0].translations.size() == 1);

  unknot::keep_languages(library, {});  // English: nothing else is needed
  CHECK(library.exercises[0].translations.empty());
  CHECK(unknot::translated_field(library.exercises[0], "title", {"fr"}) == "Neck tilt");
}
