#include "core/language.hpp"

#include <algorithm>

namespace unknot {

namespace {

bool is_lower_letter(char c) { return c >= 'a' && c <= 'z'; }

/// LANGUAGE's entries, in order, as codes; duplicates dropped.
std::vector<std::string> language_list(std::string_view list) {
  std::vector<std::string> codes;
  while (!list.empty()) {
    const auto colon = list.find(':');
    const std::string entry(list.substr(0, colon));
    list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
    std::string code = language_code(entry);
    if (!code.empty() && std::find(codes.begin(), codes.end(), code) == codes.end())
      codes.push_back(std::move(code));
  }
  return codes;
}

/// The map of `lang` in translations, or nullptr.
const std::map<std::string, std::string>* texts_in(
    const std::map<std::string, std::map<std::string, std::string>>& translations,
    const std::string& lang) {
  const auto it = translations.find(lang);
  return it == translations.end() ? nullptr : &it->second;
}

/// The first translation of `field` in `languages`, or nullptr (English).
const std::string* find_translation(
    const std::map<std::string, std::map<std::string, std::string>>& translations,
    std::string_view field, const std::vector<std::string>& languages) {
  for (const std::string& lang : languages) {
    if (const auto* texts = texts_in(translations, lang)) {
      const auto it = texts->find(std::string(field));
      if (it != texts->end() && !it->second.empty()) return &it->second;
    }
  }
  return nullptr;
}

}  // namespace

std::string language_code(std::string_view locale) {
  const auto end = locale.find_first_of("_.@");
  const std::string_view code = locale.substr(0, end);
  if (code.size() < 2 || code.size() > 3 || !std::all_of(code.begin(), code.end(), is_lower_letter))
    return {};  // "C", "POSIX", "" and anything that is not a language
  return std::string(code);
}

std::vector<std::string> user_languages(const LocaleVariables& vars) {
  std::string_view locale = vars.lc_all;
  if (locale.empty()) locale = vars.lc_messages;
  if (locale.empty()) locale = vars.lang;
  const std::string locale_code = language_code(locale);
  // glibc's gettext ignores LANGUAGE in the plain C locale (but not in
  // C.UTF-8); follow it so exercise texts and catalog strings agree.
  const bool plain_c = locale.empty() || locale == "C" || locale == "POSIX";
  if (!plain_c && !vars.language.empty()) {
    auto codes = language_list(vars.language);
    if (!codes.empty()) return codes;
  }
  if (locale_code.empty()) return {};
  return {locale_code};
}

std::string translated_field(const Exercise& e, std::string_view field,
                             const std::vector<std::string>& languages) {
  if (const std::string* text = find_translation(e.translations, field, languages)) return *text;
  if (field == "title") return e.title;
  if (field == "prompt") return e.prompt;
  if (field == "caution") return e.caution;
  return {};
}

std::vector<std::string> translated_steps(const Exercise& e,
                                          const std::vector<std::string>& languages) {
  const std::string* text = find_translation(e.translations, "steps", languages);
  if (text == nullptr) return e.steps;
  // The loader joins a translated step list with newlines.
  std::vector<std::string> steps;
  std::string_view rest = *text;
  while (true) {
    const auto newline = rest.find('\n');
    steps.emplace_back(rest.substr(0, newline));
    if (newline == std::string_view::npos) break;
    rest = rest.substr(newline + 1);
  }
  return steps;
}

std::string translated_title(const Routine& r, const std::vector<std::string>& languages) {
  if (const std::string* text = find_translation(r.translations, "title", languages)) return *text;
  return r.title;
}

void keep_languages(Library& library, const std::vector<std::string>& languages) {
  const auto prune = [&](std::map<std::string, std::map<std::string, std::string>>& texts) {
    std::erase_if(texts, [&](const auto& entry) {
      return std::find(languages.begin(), languages.end(), entry.first) == languages.end();
    });
  };
  for (Exercise& exercise : library.exercises) prune(exercise.translations);
  for (Routine& routine : library.routines) prune(routine.translations);
}

std::string fill_in(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const auto close = pattern.find('}', i);
    if (pattern[i] == '{' && close != std::string_view::npos && close > i + 1) {
      const std::string_view digits = pattern.substr(i + 1, close - i - 1);
      if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const std::size_t index = std::stoul(std::string(digits));
        if (index < values.size()) {
          out += *(values.begin() + index);
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace unknot
