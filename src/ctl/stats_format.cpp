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

using Json = nlohmann::json;

// The figures of one row, read defensively from the reply.
struct Row {
  std::string label;
  std::int64_t taken = 0, natural = 0, snoozed = 0, skipped = 0;
  std::optional<double> compliance;
  std::int64_t active_s = 0, sitting_s = 0, longest_s = 0;
};

std::int64_t number(const Json& object, const char* key) {
  if (!object.is_object()) return 0;
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return 0;
  return it->is_number_float() ? static_cast<std::int64_t>(it->get<double>())
                               : it->get<std::int64_t>();
}

std::string text(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Row read_row(const Json& object, std::string label) {
  Row row;
  row.label = std::move(label);
  row.taken = number(object, "taken");
  row.natural = number(object, "natural");
  row.snoozed = number(object, "snoozed");
  row.skipped = number(object, "skipped");
  if (object.is_object() && object.contains("compliance") && object["compliance"].is_number()) {
    row.compliance = object["compliance"].get<double>();
  }
  row.active_s = number(object, "active_s");
  row.sitting_s = number(object, "sitting_s");
  row.longest_s = number(object, "longest_sitting_s");
  return row;
}

std::vector<Row> read_days(const Json& stats) {
  std::vector<Row> rows;
  if (!stats.is_object() || !stats.contains("days") || !stats["days"].is_array()) return rows;
  for (const auto& day : stats["days"]) rows.push_back(read_row(day, text(day, "date")));
  return rows;
}

// Used when a reply carries no totals: the same rule as the daemon's.
Row sum_rows(const std::vector<Row>& rows) {
  Row total;
  total.label = _("Total");
  for (const auto& row : rows) {
    total.taken += row.taken;
    total.natural += row.natural;
    total.snoozed += row.snoozed;
    total.skipped += row.skipped;
    total.active_s += row.active_s;
    total.sitting_s += row.sitting_s;
    total.longest_s = std::max(total.longest_s, row.longest_s);
  }
  const auto prompted = total.taken + total.natural + total.skipped;
  if (prompted > 0) total.compliance = double(total.taken + total.natural) / double(prompted);
  return total;
}

Row read_totals(const Json& stats, const std::vector<Row>& days) {
  if (stats.is_object() && stats.contains("totals") && stats["totals"].is_object()) {
    return read_row(stats["totals"], _("Total"));
  }
  return sum_rows(days);
}

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

Cells cells(const Row& row) {
  return {row.label,
          std::to_string(row.taken),
          std::to_string(row.natural),
          std::to_string(row.snoozed),
          std::to_string(row.skipped),
          percent(row.compliance),
          format_hours_minutes(row.active_s),
          format_hours_minutes(row.sitting_s),
          format_hours_minutes(row.longest_s)};
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

std::string format_stats_table(const Json& stats) {
  const auto days = read_days(stats);
  std::vector<Cells> lines{header()};
  for (const auto& day : days) lines.push_back(cells(day));
  lines.push_back(cells(read_totals(stats, days)));
  return render(lines);
}

std::string format_stats_csv(const Json& stats) {
  std::string out =
      "date,taken,natural,snoozed,skipped,compliance,active_s,sitting_s,longest_sitting_s\r\n";
  for (const auto& day : read_days(stats)) {
    out += csv_field(day.label);
    for (auto value : {day.taken, day.natural, day.snoozed, day.skipped}) {
      out += "," + std::to_string(value);
    }
    out += "," + fraction(day.compliance);
    for (auto value : {day.active_s, day.sitting_s, day.longest_s}) {
      out += "," + std::to_string(value);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace unknot
