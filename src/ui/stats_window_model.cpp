#include "ui/stats_window_model.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

namespace unknot {

namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

std::optional<sys_days> parse_date(const std::string& text) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::string format_date(sys_days day) {
  const year_month_day ymd{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

DayFigures day_from_json(const nlohmann::json& j) {
  DayFigures day;
  day.taken = j.value("taken", 0);
  day.natural = j.value("natural", 0);
  day.snoozed = j.value("snoozed", 0);
  day.skipped = j.value("skipped", 0);
  day.sitting_s = j.value("sitting_s", 0.0);
  day.longest_s = j.value("longest_sitting_s", 0.0);
  return day;
}

std::string last_date(const nlohmann::json& days) {
  std::string last;
  for (const auto& d : days)
    if (d.is_object() && d.value("date", "") > last) last = d.value("date", "");
  return last;
}

std::vector<DayFigures> day_slots(const nlohmann::json& result, int slots) {
  const nlohmann::json days =
      result.is_object() ? result.value("days", nlohmann::json::array()) : nlohmann::json::array();
  std::map<std::string, DayFigures> by_date;
  for (const auto& d : days)
    if (d.is_object()) by_date[d.value("date", "")] = day_from_json(d);
  const auto end = parse_date(last_date(days));
  std::vector<DayFigures> out;
  if (!end) return out;
  for (int i = slots - 1; i >= 0; --i) {
    const std::string date = format_date(*end - std::chrono::days{i});
    DayFigures day = by_date.count(date) ? by_date[date] : DayFigures{};
    day.date = date;
    day.label = day_label(date);
    out.push_back(std::move(day));
  }
  return out;
}

std::string plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::vector<double> DayFigures::outcomes() const {
  return {double(taken), double(natural), double(snoozed), double(skipped)};
}

bool StatsModel::empty() const {
  for (const auto& d : days)
    if (d.taken + d.natural + d.snoozed + d.skipped > 0 || d.sitting_s > 0) return false;
  return areas.empty();
}

StatsModel stats_model(const nlohmann::json& fortnight, const nlohmann::json& week, int slots) {
  StatsModel model;
  model.days = day_slots(fortnight, slots);
  if (week.is_object() && week.contains("areas") && week["areas"].is_array()) {
    for (const auto& a : week["areas"]) {
      const int n = a.value("breaks", 0);
      if (n > 0) model.areas.push_back({a.value("area", ""), area_name(a.value("area", "")), n});
    }
  }
  return model;
}

std::string day_label(const std::string& date) {
  static constexpr std::array<const char*, 7> kNames{"Sun", "Mon", "Tue", "Wed",
                                                     "Thu", "Fri", "Sat"};
  const auto day = parse_date(date);
  if (!day) return date;
  const std::chrono::weekday wd{*day};
  return std::string(kNames[wd.c_encoding()]) + " " +
         std::to_string(static_cast<unsigned>(year_month_day{*day}.day()));
}

std::string area_name(const std::string& id) {
  std::string name = id;
  for (auto& c : name)
    if (c == '-' || c == '_') c = ' ';
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = char(name[0] - 'a' + 'A');
  return name;
}

std::string duration_text(double seconds) {
  const long minutes = std::lround(std::max(0.0, seconds) / 60);
  const long h = minutes / 60;
  const long m = minutes % 60;
  if (h == 0) return std::to_string(m) + " min";
  if (m == 0) return std::to_string(h) + " h";
  return std::to_string(h) + " h " + std::to_string(m) + " min";
}

std::string totals_line(const StatsModel& model) {
  int taken = 0, natural = 0, snoozed = 0, skipped = 0, sat_days = 0;
  double sitting = 0;
  for (const auto& d : model.days) {
    taken += d.taken;
    natural += d.natural;
    snoozed += d.snoozed;
    skipped += d.skipped;
    if (d.sitting_s > 0) {
      sitting += d.sitting_s;
      ++sat_days;
    }
  }
  std::string line = "This fortnight: " + plural(taken, "break", "breaks") + " taken, " +
                     std::to_string(natural) + " natural, " + std::to_string(snoozed) +
                     " snoozed, " + std::to_string(skipped) + " skipped";
  // Days the computer was off would drag the average towards zero.
  if (sat_days > 0) line += " \u00b7 average sitting " + duration_text(sitting / sat_days);
  return line;
}

std::string breaks_summary(const StatsModel& model) {
  std::string text = "Breaks per day, last " + std::to_string(model.days.size()) + " days.";
  for (const auto& d : model.days) {
    text += " " + d.label + ": " + std::to_string(d.taken) + " taken, " +
            std::to_string(d.natural) + " natural, " + std::to_string(d.snoozed) + " snoozed, " +
            std::to_string(d.skipped) + " skipped.";
  }
  return text;
}

std::string sitting_summary(const StatsModel& model) {
  std::string text = "Sitting time per day, with the longest stretch.";
  for (const auto& d : model.days) {
    text += " " + d.label + ": " + duration_text(d.sitting_s) + ", longest " +
            duration_text(d.longest_s) + ".";
  }
  return text;
}

std::string areas_summary(const StatsModel& model) {
  if (model.areas.empty()) return "Body areas worked this week: none yet.";
  std::string text = "Body areas worked this week.";
  for (const auto& a : model.areas)
    text += " " + a.name + ": " + plural(a.breaks, "break.", "breaks.");
  return text;
}

}  // namespace unknot
