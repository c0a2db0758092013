#include "platform/mo_catalog.hpp"

#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>

namespace unknot {

namespace {

/// Recursive descent over C's precedence, emitting postfix nodes.
class RuleParser {
 public:
  RuleParser(std::string_view text, std::vector<PluralStep>& out) : text_(text), out_(out) {}

  bool parse() { return ternary() && (skip(), pos_ == text_.size()); }

 private:
  void skip() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool eat(std::string_view token) {
    skip();
    if (text_.substr(pos_, token.size()) != token) return false;
    // "<" must not swallow the first half of "<=", nor "=" of "==" etc.
    if (token.size() == 1 && pos_ + 1 < text_.size() && text_[pos_ + 1] == '=' &&
        (token == "<" || token == ">" || token == "!"))
      return false;
    pos_ += token.size();
    return true;
  }
  void emit(std::string op) { out_.push_back({PluralStep::Kind::op, 0, std::move(op)}); }

  bool ternary() {
    if (!binary(0)) return false;
    if (!eat("?")) return true;
    if (!ternary() || !eat(":") || !ternary()) return false;
    emit("?:");
    return true;
  }
  // Levels from loosest to tightest binding.
  bool binary(std::size_t level) {
    static const std::vector<std::vector<std::string_view>> levels = {
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
    if (level == levels.size()) return unary();
    if (!binary(level + 1)) return false;
    for (;;) {
      bool matched = false;
      for (std::string_view op : levels[level]) {
        if (!eat(op)) continue;
        if (!binary(level + 1)) return false;
        emit(std::string{op});
        matched = true;
        break;
      }
      if (!matched) return true;
    }
  }
  bool unary() {
    if (eat("!")) {
      if (!unary()) return false;
      emit("!");
      return true;
    }
    return primary();
  }
  bool primary() {
    skip();
    if (eat("(")) return ternary() && eat(")");
    if (pos_ < text_.size() && text_[pos_] == 'n') {
      ++pos_;
      out_.push_back({PluralStep::Kind::n, 0, {}});
      return true;
    }
    std::size_t start = pos_;
    unsigned long value = 0;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_])))
      value = value * 10 + static_cast<unsigned long>(text_[pos_++] - '0');
    if (pos_ == start) return false;
    out_.push_back({PluralStep::Kind::number, value, {}});
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::vector<PluralStep>& out_;
};

unsigned long apply(const std::string& op, unsigned long a, unsigned long b) {
  if (op == "*") return a * b;
  if (op == "/") return b == 0 ? 0 : a / b;
  if (op == "%") return b == 0 ? 0 : a % b;
  if (op == "+") return a + b;
  if (op == "-") return a - b;
  if (op == "<") return a < b;
  if (op == ">") return a > b;
  if (op == "<=") return a <= b;
  if (op == ">=") return a >= b;
  if (op == "==") return a == b;
  if (op == "!=") return a != b;
  if (op == "&&") return a && b;
  return a || b;  // "||"
}

}  // namespace

PluralRule::PluralRule() : PluralRule(*parse("n != 1")) {}

std::optional<PluralRule> PluralRule::parse(std::string_view expression) {
  std::vector<PluralStep> steps;
  RuleParser parser{expression, steps};
  if (!parser.parse() || steps.empty()) return std::nullopt;
  return PluralRule{std::move(steps)};
}

unsigned long PluralRule::form(unsigned long n) const {
  std::vector<unsigned long> stack;
  for (const PluralStep& node : steps_) {
    if (node.kind == PluralStep::Kind::n) {
      stack.push_back(n);
    } else if (node.kind == PluralStep::Kind::number) {
      stack.push_back(node.value);
    } else if (node.op == "!") {
      stack.back() = !stack.back();
    } else if (node.op == "?:") {
      const unsigned long otherwise = stack.back();
      stack.pop_back();
      const unsigned long then = stack.back();
      stack.pop_back();
      stack.back() = stack.back() != 0 ? then : otherwise;
    } else {
      const unsigned long b = stack.back();
      stack.pop_back();
      stack.back() = apply(node.op, stack.back(), b);
    }
  }
  return stack.empty() ? 0 : stack.back();
}

namespace {

/// Reads 32-bit words of the file in its own byte order.
class Words {
 public:
  Words(const std::string& bytes, bool swapped) : bytes_(bytes), swapped_(swapped) {}
  bool at(std::size_t offset, std::uint32_t& out) const {
    if (offset + 4 > bytes_.size()) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes_.data() + offset);
    out = swapped_ ? (std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 |
                      std::uint32_t{p[2]} << 8 | p[3])
                   : (std::uint32_t{p[3]} << 24 | std::uint32_t{p[2]} << 16 |
                      std::uint32_t{p[1]} << 8 | p[0]);
    return true;
  }
  /// String `index` of the table at `table`: (length, offset) pairs.
  bool string(std::uint32_t table, std::uint32_t index, std::string_view& out) const {
    std::uint32_t length = 0, offset = 0;
    if (!at(table + 8ul * index, length) || !at(table + 8ul * index + 4, offset)) return false;
    if (std::size_t{offset} + length > bytes_.size()) return false;
    out = std::string_view{bytes_}.substr(offset, length);
    return true;
  }

 private:
  const std::string& bytes_;
  bool swapped_;
};

std::vector<std::string> split_nul(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto nul = text.find('\0', start);
    parts.emplace_back(text.substr(start, nul == std::string_view::npos ? nul : nul - start));
    if (nul == std::string_view::npos) return parts;
    start = nul + 1;
  }
}

/// The value after `key` in the catalog header ("Plural-Forms: nplurals=2; plural=...;").
std::string header_field(std::string_view header, std::string_view key) {
  const auto at = header.find(key);
  if (at == std::string_view::npos) return {};
  auto rest = header.substr(at + key.size());
  return std::string{rest.substr(0, rest.find('\n'))};
}

}  // namespace

std::optional<MoCatalog> MoCatalog::load(const std::filesystem::path& file, std::string& why) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    why = "cannot open " + file.string();
    return std::nullopt;
  }
  std::string bytes{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
  return parse(std::move(bytes), why);
}

std::optional<MoCatalog> MoCatalog::parse(std::string bytes, std::string& why) {
  std::uint32_t magic = 0, count = 0, originals = 0, translations = 0;
  if (!Words{bytes, false}.at(0, magic) || (magic != 0x950412de && magic != 0xde120495)) {
    why = "not a gettext catalog";
    return std::nullopt;
  }
  const Words words{bytes, magic == 0xde120495};
  if (!words.at(8, count) || !words.at(12, originals) || !words.at(16, translations)) {
    why = "truncated catalog";
    return std::nullopt;
  }
  MoCatalog catalog;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string_view id, text;
    if (!words.string(originals, i, id) || !words.string(translations, i, text)) {
      why = "truncated catalog";
      return std::nullopt;
    }
    if (id.empty()) {
      catalog.read_header(text);
      continue;
    }
    // A plural entry's id is "singular\0plural": it is looked up by the singular.
    catalog.messages_[std::string{id.substr(0, id.find('\0'))}] = split_nul(text);
  }
  return catalog;
}

void MoCatalog::read_header(std::string_view header) {
  const std::string forms = header_field(header, "Plural-Forms:");
  const auto nplurals = forms.find("nplurals=");
  if (nplurals != std::string::npos) nplurals_ = std::stoul(forms.substr(nplurals + 9));
  const auto plural = forms.find("plural=");
  if (plural == std::string::npos) return;
  std::string expression = forms.substr(plural + 7);
  if (const auto semicolon = expression.find(';'); semicolon != std::string::npos)
    expression.resize(semicolon);
  if (auto rule = PluralRule::parse(expression)) plural_ = std::move(*rule);
}

const char* MoCatalog::find(std::string_view msgid) const {
  const auto it = messages_.find(std::string{msgid});
  if (it == messages_.end() || it->second.empty() || it->second.front().empty()) return nullptr;
  return it->second.front().c_str();
}

const char* MoCatalog::find_plural(std::string_view singular, unsigned long n) const {
  const auto it = messages_.find(std::string{singular});
  if (it == messages_.end()) return nullptr;
  unsigned long index = plural_.form(n);
  if (index >= nplurals_ || index >= it->second.size()) index = 0;
  const std::string& text = it->second[index];
  return text.empty() ? nullptr : text.c_str();
}

}  // namespace unknot
