// The user's languages on Windows: the gettext variables when set (as on
// Linux, for tests and for users who want another language than Windows'),
// else the Windows display languages the user chose, in their order.
#include <cstdlib>
#include <string>

#include <windows.h>

#include "core/language.hpp"
#include "platform/i18n.hpp"
#include "platform/win32_text.hpp"

namespace unknot {

namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

/// "de-DE\0fr-FR\0\0" from GetUserPreferredUILanguages, as "de:fr".
std::string windows_ui_languages() {
  ULONG count = 0, size = 0;
  if (!GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &count, nullptr, &size) || size == 0)
    return {};
  std::wstring buffer(size, L'\0');
  if (!GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &count, buffer.data(), &size)) return {};
  std::string list;
  for (const wchar_t* name = buffer.c_str(); *name != L'\0'; name += wcslen(name) + 1) {
    std::string tag = win32::narrow(name);
    for (char& c : tag)
      if (c == '-') c = '_';
    list += (list.empty() ? "" : ":") + tag;
  }
  return list;
}

}  // namespace

std::vector<std::string> environment_languages() {
  LocaleVariables vars{env_or_empty("LANGUAGE"), env_or_empty("LC_ALL"),
                       env_or_empty("LC_MESSAGES"), env_or_empty("LANG")};
  if (vars.language.empty() && vars.lc_all.empty() && vars.lc_messages.empty() &&
      vars.lang.empty()) {
    // user_languages() reads LANGUAGE only beside a real locale.
    vars.language = windows_ui_languages();
    vars.lang = "C.UTF-8";
  }
  return user_languages(vars);
}

void setup_translations() {
  const std::string dir = win32::narrow(locale_dir().native());
  bindtextdomain(kTextDomain, dir.c_str());
  textdomain(kTextDomain);
}

}  // namespace unknot
