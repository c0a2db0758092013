#include "ctl/stats_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

#include "platform/i18n.hpp"

namespace unknot {

namespace {

/// A line of the table: its label (a date, or "Total") and its figures.
struct Row {
  std::string label;
  const StatsLine& line;
};

std::string percent(const std::optional<double>& compliance) {
  if (!compliance) return "\u2013";  // en dash: no break to count
  return std::to_string(std::lround(*compliance * 100)) + "%";
}

using Cells = std::array<std::string, 9>;

constexpr std::array<const char*, 9> kHeader{N_("Date"),    N_("Taken"),   N_("Natural"),
                                             N_("Snoozed"), N_("Skipped"), N_("Compliance"),
                                             N_("Active"),  N_("Sitting"), N_("Longest sitting")};

Cells header() {
  Cells out;
  for (std::size_t i = 0; i < kHeader.size(); ++i) out[i] = _(kHeader[i]);
  return out;
}

std::int64_t seconds(Duration d) { return std::chrono::floor<std::chrono::seconds>(d).count(); }

Cells cells(const Row& row) {
  const DayFigures& day = row.line.figures;
  return {row.label,
          std::to_string(day.taken),
          std::to_string(day.natural),
          std::to_string(day.snoozed),
          std::to_string(day.skipped),
          percent(row.line.compliance),
          format_hours_minutes(seconds(day.active)),
          format_hours_minutes(seconds(day.sitting)),
          format_hours_minutes(seconds(day.longest_sitting))};
}

// Columns align by what a terminal shows: UTF-8 code points, not bytes.
std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string render(const std::vector<Cells>& lines) {
  std::array<std::size_t, 9> widths{};
  for (const auto& line : lines) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(line[i]));
    }
  }
  std::string out;
  for (const auto& line : lines) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const std::string pad(widths[i] - display_width(line[i]), ' ');
      if (i > 0) text += "  ";
      text += i == 0 ? line[i] + pad : pad + line[i];  // dates left, figures right
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out += text + "\n";
  }
  return out;
}

std::string fraction(const std::optional<double>& compliance) {
  if (!compliance) return {};
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", *compliance);
  return text;
}

}  // namespace

std::string format_hours_minutes(std::int64_t seconds) {
  seconds = std::max<std::int64_t>(seconds, 0);
  char text[32];
  std::snprintf(text, sizeof text, "%lldh%02lldm", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds % 3600 / 60));
  return text;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string format_stats_table(const StatsReply& stats) {
  std::vector<Cells> lines{header()};
  for (const auto& day : stats.days) lines.push_back(cells({day.figures.date, day}));
  lines.push_back(cells({_("Total"), stats.totals}));
  return render(lines);
}

std::string format_stats_csv(const StatsReply& stats) {
  std::string out =
      "date,taken,natural,snoozed,skipped,compliance,active_s,sitting_s,longest_sitting_s\r\n";
  for (const auto& line : stats.days) {
    const DayFigures& day = line.figures;
    out += csv_field(day.date);
    for (auto value : {day.taken, day.natural, day.snoozed, day.skipped}) {
      out += "," + std::to_string(value);
    }
    out += "," + fraction(line.compliance);
    for (auto value : {day.active, day.sitting, day.longest_sitting}) {
      out += "," + std::to_string(seconds(value));
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace unknot
