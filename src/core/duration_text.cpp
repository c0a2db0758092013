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
