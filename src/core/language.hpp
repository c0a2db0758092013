#pragma once
// The user's languages, from the locale variables passed in (pure: the caller
// reads the environment), and exercise texts in the first language that has
// them, with English (the source language) as the fallback.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/exercise.hpp"

namespace unknot {

/// The locale variables as the process found them; empty when unset.
struct LocaleVariables {
  std::string language;     ///< LANGUAGE: a colon list, "de_DE:fr"
  std::string lc_all;       ///< LC_ALL
  std::string lc_messages;  ///< LC_MESSAGES
  std::string lang;         ///< LANG
};

/// "de_DE.UTF-8@euro" -> "de"; "C", "POSIX", "C.UTF-8" and junk -> "" (English).
std::string language_code(std::string_view locale);

/// The user's languages, most wanted first, as two-letter codes: LANGUAGE's
/// list when it is set, else the first set of LC_ALL, LC_MESSAGES, LANG. As
/// with glibc's gettext, LANGUAGE is ignored when that locale is plain "C" or
/// "POSIX" (or unset), not for "C.UTF-8". Empty means English. Like gettext,
/// which has no "en" catalog, an "en" entry does not stop the search.
std::vector<std::string> user_languages(const LocaleVariables& vars);

/// The text of `field` ("title", "prompt", "caution") of `e` in the first of
/// `languages` that has it; the English text when none does.
std::string translated_field(const Exercise& e, std::string_view field,
                             const std::vector<std::string>& languages);

/// The exercise's steps in the first of `languages` that has them.
std::vector<std::string> translated_steps(const Exercise& e,
                                          const std::vector<std::string>& languages);

/// The routine's title in the first of `languages` that has it.
std::string translated_title(const Routine& r, const std::vector<std::string>& languages);

/// Drops the library's translations into languages not in `languages`: a
/// process shows one language all its life, and the others would cost the
/// idle daemon a quarter of its heap.
void keep_languages(Library& library, const std::vector<std::string>& languages);

/// Replaces "{0}", "{1}", ... in a (translated) pattern by `values`, so a
/// translation may reorder them.
std::string fill_in(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace unknot
