// One [[note]] table: a safety text that several exercises share.
#include <algorithm>
#include <array>

#include "config/routine_parse.hpp"
#include "config/text_values.hpp"

namespace unknot {

namespace {

constexpr std::array<std::string_view, 2> kNoteFields{"id", "text"};

/// "text_de" -> "de"; empty when the key is not a translation of `text`.
std::string_view text_language(std::string_view key) {
  if (key.size() != 7 || !key.starts_with("text_")) return {};
  const std::string_view lang = key.substr(5);
  const bool lower =
      std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return lower ? lang : std::string_view{};
}

bool read_text(ValueReader& r, const toml::node& node, std::string_view name, std::string& out) {
  auto text = r.string(node, name);
  if (text && text->empty()) r.error(node.source(), std::string(name) + ": must not be empty");
  if (!text || text->empty()) return false;
  out = std::move(*text);
  return true;
}

}  // namespace

std::optional<ParsedNote> parse_note(ValueReader& r, const toml::table& table) {
  ParsedNote note;
  bool ok = true;
  for (auto&& [key, node] : table) {
    const std::string_view name = key.str();
    if (name == "id") {
      ok = read_text(r, node, name, note.id) && ok;
      note.id_at = position_of(node.source());
    } else if (name == "text") {
      ok = read_text(r, node, name, note.text) && ok;
    } else if (const auto lang = text_language(name); !lang.empty()) {
      ok = read_text(r, node, name, note.translations[std::string(lang)]) && ok;
    } else {
      r.warning(key.source(), "unknown field `" + std::string(name) + "` in [[note]]" +
                                  did_you_mean(name, kNoteFields));
    }
  }
  std::vector<std::string> missing;
  for (std::string_view field : kNoteFields)
    if (!table.contains(field)) missing.push_back("`" + std::string(field) + "`");
  if (!missing.empty()) {
    const std::string who = note.id.empty() ? "note" : "note `" + note.id + "`";
    r.error(table.source(), who + " is missing " + join_words(missing, " and "));
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  return note;
}

}  // namespace unknot
