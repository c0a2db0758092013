#include "config/text_values.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace unknot {

namespace {
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: a swapped pair ("rset") costs one edit, like a typo does.
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1]))
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(a.size(), b.size());
}

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  // Short words get one edit: two edits turn "max" into "mix" and "dnd" into anything.
  const std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::string best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string match = closest_match(word, candidates);
  if (!match.empty()) return "; did you mean `" + match + "`?";
  // A part of hyphenated names ("back": `upper-back` or `lower-back`).
  std::vector<std::string_view> containing;
  for (std::string_view candidate : candidates) {
    std::size_t start = 0;
    while (start <= candidate.size()) {
      const std::size_t end = std::min(candidate.find('-', start), candidate.size());
      if (end > start && edit_distance(word, candidate.substr(start, end - start)) == 0) {
        containing.push_back(candidate);
        break;
      }
      start = end + 1;
    }
  }
  if (containing.empty() || containing.size() > 3 || word.empty()) return {};
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < containing.size(); ++i) {
    if (i > 0) out += i + 1 == containing.size() ? " or " : ", ";
    out += "`" + std::string(containing[i]) + "`";
  }
  return out + "?";
}

std::string join_choices(std::span<const std::string_view> choices) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
    out += choices[i];
  }
  return out;
}

std::optional<WorkingDay> parse_working_span(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto start = parse_time_of_day(text.substr(0, dash));
  const auto end = parse_time_of_day(text.substr(dash + 1));
  if (!start || !end || !(*start < *end)) return std::nullopt;
  return WorkingDay{*start, *end};
}

std::string join_words(const std::vector<std::string>& words, std::string_view last_separator) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? std::string(last_separator) : ", ";
    out += words[i];
  }
  return out;
}

}  // namespace unknot
