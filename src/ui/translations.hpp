#pragma once
// unknot-ui's translations: the same "unknot" catalog as the daemon and
// unknotctl, loaded through wxTranslations from the same folder
// (exe/../share/locale, else the installed locale dir).
#include <filesystem>
#include <string>
#include <vector>

#include "core/translator.hpp"

namespace unknot {

/// Installs wxTranslations with wx's own catalog and "unknot" in the first of
/// `languages` that has a catalog (English when none). Call after wx starts.
void setup_ui_translations(const std::vector<std::string>& languages);

/// wxTranslations as a Translator for the pure tray model.
Translator ui_translator();

/// The catalog text of `msgid` as UTF-8, for the std::string models.
std::string ui_text(const char* msgid);

/// The plural form of a catalog text for `n`, as UTF-8.
std::string ui_plural(const char* singular, const char* plural, unsigned long n);

}  // namespace unknot
