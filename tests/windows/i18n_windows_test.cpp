// Translations on Windows: the same .mo catalogs as on Linux, read by
// platform/mo_catalog.cpp behind the libintl functions i18n.hpp uses. Each
// test case runs in a process of its own under ctest (the catalog is
// chosen once per process, as gettext does).
#include <catch2/catch.hpp>

#include "platform/i18n.hpp"
#include "support/test_env.hpp"

TEST_CASE("with LANGUAGE=de the German catalog beside the build answers", "[i18n][windows]") {
  unknot::test::set_env("LANGUAGE", "de");
  unknot::test::set_env("LANG", "de_DE.UTF-8");
  unknot::setup_translations();
  CHECK(unknot::_("Pause") == "Pausieren");
  CHECK(unknot::n_("{0} exercise", "{0} exercises", 1) == "{0} Übung");
  CHECK(unknot::n_("{0} exercise", "{0} exercises", 3) == "{0} Übungen");
  CHECK(unknot::_("a text no catalog has") == "a text no catalog has");
}

TEST_CASE("French plural forms follow the catalog's rule (0 is singular)", "[i18n][windows]") {
  unknot::test::set_env("LANGUAGE", "fr");
  unknot::test::set_env("LANG", "fr_FR.UTF-8");
  unknot::setup_translations();
  const std::string one = unknot::n_("{0} exercise", "{0} exercises", 1);
  CHECK(unknot::n_("{0} exercise", "{0} exercises", 0) == one);
  CHECK(unknot::n_("{0} exercise", "{0} exercises", 2) != one);
}

TEST_CASE("without a language set, the Windows display languages decide", "[i18n][windows]") {
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
    unknot::test::unset_env(name);
  // Wine's user language follows the host's locale (C here): English, which
  // has no catalog, so the source text shows.
  const auto languages = unknot::environment_languages();
  for (const std::string& language : languages) CHECK(language.size() == 2);
  unknot::setup_translations();
  if (languages.empty() || languages.front() == "en") CHECK(unknot::_("Pause") == "Pause");
}
