#pragma once
// Translations through gettext (glibc's libintl): the catalog "unknot" for
// the daemon and unknotctl. The wx process loads the same catalog through
// wxTranslations and must not include this header (wx defines its own `_`).
#include <filesystem>
#include <string>
#include <vector>

#include <libintl.h>

#include "core/translator.hpp"
#include "platform/i18n_paths.hpp"

namespace unknot {

/// The gettext domain: share/locale/<lang>/LC_MESSAGES/unknot.mo.
inline constexpr const char* kTextDomain = "unknot";

/// The catalog text of `msgid` in the user's language (English when none).
inline std::string _(const char* msgid) { return dgettext(kTextDomain, msgid); }

/// The plural form of a catalog text for `n` ("1 exercise", "3 exercises").
inline std::string n_(const char* singular, const char* plural, unsigned long n) {
  return dngettext(kTextDomain, singular, plural, n);
}

/// The catalog as a Translator for pure code (the tray model).
Translator gettext_translator();

/// Marks a string for extraction without translating it yet (static tables).
#ifndef N_
#define N_(text) text
#endif

/// Takes the message language from the environment and binds the catalog
/// (UTF-8 output whatever the locale's charset). Call once at start.
void setup_translations();

/// The user's languages, read from the environment on first use (see
/// core/language.hpp); the daemon reads them once at start.
const std::vector<std::string>& process_languages();

}  // namespace unknot
