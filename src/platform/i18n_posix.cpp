// The user's languages and gettext's set-up with glibc's libintl.
#include <clocale>
#include <cstdlib>

#include "core/language.hpp"
#include "platform/i18n.hpp"

namespace unknot {

namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

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

}  // namespace unknot
