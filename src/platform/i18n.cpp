#include "platform/i18n.hpp"

#include <clocale>
#include <cstdlib>
#include <system_error>

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

}  // namespace

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

std::vector<std::string> environment_languages() {
  return user_languages({env_or_empty("LANGUAGE"), env_or_empty("LC_ALL"),
                         env_or_empty("LC_MESSAGES"), env_or_empty("LANG")});
}

void setup_translations() {
  // Only the message category: numbers and dates keep the C conventions that
  // the config parser and the control protocol rely on.
  std::setlocale(LC_MESSAGES, "");
  bindtextdomain(kTextDomain, locale_dir().c_str());
  bind_textdomain_codeset(kTextDomain, "UTF-8");
  textdomain(kTextDomain);
}

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
