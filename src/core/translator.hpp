#pragma once
// Catalog look-ups handed to pure code: core may not include libintl or wx,
// so the daemon passes gettext and unknot-ui passes wxTranslations. The
// member names match xgettext's default keywords, so `tr.gettext("...")` and
// `tr.ngettext("...", "...", n)` in core land in the template like any call.
#include <functional>
#include <string>

namespace unknot {

/// The user's-language text of catalog messages; English when empty.
struct Translator {
  /// msgid -> translation.
  std::function<std::string(const char*)> text;
  /// singular, plural, n -> translation of the right plural form.
  std::function<std::string(const char*, const char*, unsigned long)> plural_text;

  /// The translation of `msgid` (itself without a catalog).
  std::string gettext(const char* msgid) const { return text ? text(msgid) : msgid; }

  /// The plural form for `n` ("{0} break" / "{0} breaks").
  std::string ngettext(const char* singular, const char* plural, unsigned long n) const {
    if (plural_text) return plural_text(singular, plural, n);
    return n == 1 ? singular : plural;
  }
};

}  // namespace unknot
