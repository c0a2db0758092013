#include "ui/translations.hpp"

#include <clocale>
#include <cstdlib>
#include <system_error>

#include <wx/intl.h>
#include <wx/translation.h>

#include "core/language.hpp"
#include "platform/i18n_paths.hpp"

namespace unknot {

namespace fs = std::filesystem;

namespace {

/// The first language of `languages` with an "unknot" catalog under `dir`.
std::string first_available(const fs::path& dir, const std::vector<std::string>& languages) {
  for (const auto& lang : languages) {
    std::error_code ec;
    if (fs::exists(dir / lang / "LC_MESSAGES" / "unknot.mo", ec)) return lang;
  }
  return {};
}

}  // namespace

void setup_ui_translations(const std::vector<std::string>& languages) {
  // Only the message category (GTK's own texts, e.g. the file chooser):
  // numbers keep the C conventions the config parser and the protocol rely on.
  std::setlocale(LC_MESSAGES, "");
  const fs::path dir = locale_dir();
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(dir.string()));
  // wx's own catalog (OK, Cancel, Apply) sits where the wx package put it;
  // wx itself would look next to our binary only.
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(UNKNOT_WX_LOCALE_DIR);
  auto* translations = new wxTranslations;
  wxTranslations::Set(translations);  // takes ownership; replaces an earlier set-up
  // The language comes from our own reading of the environment, like the
  // daemon's, so LANGUAGE=de works even where the de_DE locale is missing.
  const std::string lang = first_available(dir, languages);
  translations->SetLanguage(lang.empty() ? wxString("en") : wxString::FromUTF8(lang));
  translations->AddStdCatalog();
  translations->AddCatalog("unknot");
}

std::string ui_text(const char* msgid) {
  return wxGetTranslation(wxString::FromUTF8(msgid)).utf8_string();
}

std::string ui_plural(const char* singular, const char* plural, unsigned long n) {
  return wxGetTranslation(wxString::FromUTF8(singular), wxString::FromUTF8(plural),
                          static_cast<unsigned>(n))
      .utf8_string();
}

Translator ui_translator() {
  Translator tr;
  tr.text = ui_text;
  tr.plural_text = ui_plural;
  return tr;
}

}  // namespace unknot
