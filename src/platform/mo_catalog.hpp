#pragma once
// A reader of GNU gettext's compiled catalogs (.mo), for systems without a
// libintl (Windows): the same share/locale/<lang>/LC_MESSAGES/unknot.mo files
// msgfmt builds for Linux, with the catalog's own Plural-Forms rule.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace unknot {

/// One step of a compiled plural rule (postfix): push n, push a number, or
/// apply an operator ("!", "*", "%", "<=", "&&", "?:", ...) to the stack.
struct PluralStep {
  enum class Kind { n, number, op };
  Kind kind = Kind::n;
  unsigned long value = 0;
  std::string op;
};

/// A C-like plural rule ("n != 1", "n > 1", "(n==1 ? 0 : n%10>=2 ? 1 : 2)").
class PluralRule {
 public:
  /// The Germanic rule (n != 1), what gettext assumes without a header.
  PluralRule();
  /// Parses `expression`; nullopt when it is not a valid rule.
  static std::optional<PluralRule> parse(std::string_view expression);
  /// The plural form index for `n`.
  [[nodiscard]] unsigned long form(unsigned long n) const;

 private:
  explicit PluralRule(std::vector<PluralStep> steps) : steps_(std::move(steps)) {}
  std::vector<PluralStep> steps_;
};

/// One loaded .mo file: msgid -> translation(s).
class MoCatalog {
 public:
  /// Reads `file`; nullopt, with `why`, when it is unreadable or not a catalog.
  static std::optional<MoCatalog> load(const std::filesystem::path& file, std::string& why);
  /// Parses the bytes of a .mo file (either byte order).
  static std::optional<MoCatalog> parse(std::string bytes, std::string& why);

  /// The translation of `msgid`, or nullptr (the caller then shows msgid).
  [[nodiscard]] const char* find(std::string_view msgid) const;
  /// The plural translation of `singular` for `n`, or nullptr.
  [[nodiscard]] const char* find_plural(std::string_view singular, unsigned long n) const;
  /// How many messages the catalog translates (the header excluded).
  [[nodiscard]] std::size_t size() const { return messages_.size(); }

 private:
  void read_header(std::string_view header);
  /// Each translation's forms, split at the NULs between them.
  std::unordered_map<std::string, std::vector<std::string>> messages_;
  PluralRule plural_;
  unsigned long nplurals_ = 2;
};

}  // namespace unknot
