// gettext's lookup on Windows over MoCatalog: the first of the user's
// languages with a catalog under the bound folder is loaded on first use.
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

#include <libintl.h>

#include "platform/i18n_paths.hpp"
#include "platform/mo_catalog.hpp"
#include "platform/win32_text.hpp"

namespace {

struct Domain {
  std::once_flag loaded;
  std::filesystem::path dir;
  std::optional<unknot::MoCatalog> catalog;
};

Domain& unknot_domain() {
  static Domain domain;
  return domain;
}

const unknot::MoCatalog* catalog_of(const char* domain_name) {
  Domain& domain = unknot_domain();
  std::call_once(domain.loaded, [&] {
    const std::filesystem::path dir = domain.dir.empty() ? unknot::locale_dir() : domain.dir;
    for (const std::string& language : unknot::environment_languages()) {
      std::string why;
      domain.catalog = unknot::MoCatalog::load(
          dir / language / "LC_MESSAGES" / (std::string{domain_name} + ".mo"), why);
      if (domain.catalog) return;
    }
  });
  return domain.catalog ? &*domain.catalog : nullptr;
}

}  // namespace

char* dgettext(const char* domain, const char* msgid) {
  const unknot::MoCatalog* catalog = catalog_of(domain);
  const char* text = catalog != nullptr ? catalog->find(msgid) : nullptr;
  return const_cast<char*>(text != nullptr ? text : msgid);
}

char* dngettext(const char* domain, const char* singular, const char* plural, unsigned long n) {
  const unknot::MoCatalog* catalog = catalog_of(domain);
  const char* text = catalog != nullptr ? catalog->find_plural(singular, n) : nullptr;
  if (text != nullptr) return const_cast<char*>(text);
  return const_cast<char*>(n == 1 ? singular : plural);
}

char* bindtextdomain(const char*, const char* dir) {
  // Only before the first lookup (setup_translations runs first thing in main).
  if (dir != nullptr) unknot_domain().dir = std::filesystem::path{unknot::win32::widen(dir)};
  return const_cast<char*>(dir);
}

char* bind_textdomain_codeset(const char*, const char* codeset) {
  return const_cast<char*>(codeset);
}

char* textdomain(const char* domain) { return const_cast<char*>(domain); }
