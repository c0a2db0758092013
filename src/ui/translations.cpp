#include "ui/translations.hpp"

#include <clocale>
#include <cstdlib>
#include <system_error>

#include <wx/intl.h>
#include <wx/translation.h>

#include "core/language.hpp"

namespace unknot {

namespace fs = std::filesystem;

namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

fs::path executable_path() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path{} : exe;
}

/// The first language of `languages` with an "unknot" catalog under `dir`.
std::string first_available(const fs::path& dir, const std::vector<std::string>& languages) {
  for (const auto& lang : languages) {
    std::error_code ec;
    if (fs::exists(dir / lang / "LC_MESSAGES" / "unknot.mo", ec)) return lang;
  }
  return {};
}

}  // namespace

fs::path ui_locale_dir(const fs::path& exe) {
  if (!exe.empty()) {
    const fs::path dir = (exe.parent_path() / ".." / UNKNOT_RELATIVE_LOCALE_DIR).lexically_normal();
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return dir;
  }
  return UNKNOT_INSTALL_LOCALE_DIR;
}

std::vector<std::string> environment_languages() {
  return user_languages({env_or_empty("LANGUAGE"), env_or_empty("LC_ALL"),
                         env_or_empty("LC_MESSAGES"), env_or_empty("LANG")});
}

void setup_ui_translations(const std::vector<std::string>& languages) {
  // Only the message category (GTK's own texts, e.g. the file chooser):
  // numbers keep the C conventions the config parser and the protocol rely on.
  std::setlocale(LC_MESSAGES, "");
  const fs::path dir = ui_locale_dir(executable_path());
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
