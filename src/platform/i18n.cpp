#include "platform/i18n.hpp"

#include <system_error>

#include "platform/executable_path.hpp"

namespace unknot {

namespace fs = std::filesystem;

fs::path locale_dir_for(const fs::path& exe) {
  if (!exe.empty()) {
    // Build tree (build/bin, build/tests) and installs alike: the catalogs
    // sit in ../share/locale next to the binary's folder.
    const fs::path dir = (exe.parent_path() / ".." / UNKNOT_RELATIVE_LOCALE_DIR).lexically_normal();
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return dir;
  }
  return UNKNOT_INSTALL_LOCALE_DIR;
}

fs::path locale_dir() { return locale_dir_for(executable_path()); }

Translator gettext_translator() {
  Translator tr;
  tr.text = [](const char* msgid) { return _(msgid); };
  tr.plural_text = [](const char* singular, const char* plural, unsigned long n) {
    return n_(singular, plural, n);
  };
  return tr;
}

const std::vector<std::string>& process_languages() {
  static const std::vector<std::string> languages = environment_languages();
  return languages;
}

}  // namespace unknot
