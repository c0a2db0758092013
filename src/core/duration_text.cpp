#include "core/duration_text.hpp"

#include <cctype>
#include <cstdint>

namespace unknot {

namespace {
constexpr std::int64_t kMaxSeconds = 10LL * 365 * 24 * 3600;  // ten years: anything more is a typo

int unit_rank(char unit) {
  switch (unit) {
    case 'h':
      return 3;
    case 'm':
      return 2;
    case 's':
      return 1;
    default:
      return 0;
  }
}

std::int64_t unit_seconds(char unit) { return unit == 'h' ? 3600 : unit == 'm' ? 60 : 1; }

/// Seconds per unit for the words people write ("min", "hours", "sec"); 0 if none.
std::int64_t unit_word_seconds(std::string_view word) {
  for (std::string_view hour : {"h", "hr", "hrs", "hour", "hours"})
    if (word == hour) return 3600;
  for (std::string_view minute : {"m", "min", "mins", "minute", "minutes"})
    if (word == minute) return 60;
  for (std::string_view second : {"s", "sec", "secs", "second", "seconds"})
    if (word == second) return 1;
  return 0;
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::optional<Duration> parse_duration(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::int64_t total = 0;
  int last_rank = 4;
  size_t i = 0;
  bool saw_unit = false;
  while (i < text.size()) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    std::int64_t value = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
      value = value * 10 + (text[i] - '0');
      if (value > kMaxSeconds) return std::nullopt;
      ++i;
    }
    if (i == text.size()) {
      if (saw_unit) return std::nullopt;  // "1h30" is ambiguous: refuse
      total = value;
      break;
    }
    const int rank = unit_rank(text[i]);
    if (rank == 0 || rank >= last_rank) return std::nullopt;
    total += value * unit_seconds(text[i]);
    if (total > kMaxSeconds) return std::nullopt;
    last_rank = rank;
    saw_unit = true;
    ++i;
  }
  return std::chrono::duration_cast<Duration>(std::chrono::seconds{total});
}

std::optional<std::string> suggest_duration(std::string_view text) {
  // Read "NUMBER UNIT" pairs, spaces allowed, a decimal number allowed.
  double total = 0;
  std::size_t i = 0;
  bool any = false;
  auto skip_spaces = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  skip_spaces();
  while (i < text.size()) {
    const std::size_t number_start = i;
    while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) ++i;
    if (i == number_start) return std::nullopt;
    const std::string number(text.substr(number_start, i - number_start));
    if (number.front() == '.' || number.back() == '.' || number.find('.') != number.rfind('.') ||
        number.size() > 12)
      return std::nullopt;
    skip_spaces();
    std::string word;
    while (i < text.size() && is_letter(text[i]))
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    const std::int64_t unit = unit_word_seconds(word);
    if (unit == 0) return std::nullopt;
    total += std::stod(number) * static_cast<double>(unit);
    any = true;
    skip_spaces();
    if (i < text.size() && text[i] == ',') ++i;  // "1 hour, 30 minutes"
    skip_spaces();
  }
  const auto seconds = static_cast<std::int64_t>(total);
  if (!any || seconds <= 0 || seconds > kMaxSeconds || static_cast<double>(seconds) != total)
    return std::nullopt;
  return format_duration(std::chrono::seconds{seconds});
}

std::string format_duration(Duration d) {
  auto s = std::chrono::duration_cast<std::chrono::seconds>(d).count();
  if (s < 0) s = 0;
  const auto h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
  std::string out;
  if (h) out += std::to_string(h) + "h";
  if (m) out += std::to_string(m) + "m";
  if (sec || out.empty()) out += std::to_string(sec) + "s";
  return out;
}

}  // namespace unknot
