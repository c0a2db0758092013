#include "ui/stats_window_model.hpp"
#include <utility>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string_view>

#include "core/language.hpp"
#include "core/time_text.hpp"
#include "ui/translations.hpp"

// Marks static texts for the template (wx/intl.h is not included here).
#ifndef wxTRANSLATE
#define wxTRANSLATE(text) text
#endif

namespace unknot {

namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

std::vector<DayFigures> day_slots(const StatsReply& reply, int slots) {
  std::map<std::string, DayFigures> by_date;
  std::string last;
  for (const auto& line : reply.days) {
    by_date[line.figures.date] = line.figures;
    last = std::max(last, line.figures.date);
  }
  const auto end = parse_date(last);
  std::vector<DayFigures> out;
  if (!end) return out;
  for (int i = slots - 1; i >= 0; --i) {
    const std::string date = format_date(*end - std::chrono::days{i});
    DayFigures day = by_date.count(date) ? by_date[date] : DayFigures{};
    day.date = date;
    out.push_back(std::move(day));
  }
  return out;
}

}  // namespace

std::vector<double> outcomes(const DayFigures& day) {
  return {double(day.taken), double(day.natural), double(day.snoozed), double(day.skipped)};
}

double seconds_of(Duration d) { return std::chrono::duration<double>(d).count(); }

bool StatsModel::empty() const {
  for (const auto& d : days)
    if (d.taken + d.natural + d.snoozed + d.skipped > 0 || d.sitting > Duration{}) return false;
  return areas.empty();
}

StatsModel stats_model(const StatsReply& fortnight, const StatsReply& week, int slots) {
  StatsModel model;
  model.days = day_slots(fortnight, slots);
  for (const auto& a : week.areas)
    if (a.breaks > 0) model.areas.push_back({a.area, area_name(a.area), a.breaks});
  return model;
}

std::string day_label(const std::string& date) {
  // TRANSLATORS: weekday abbreviations under the charts ("Mon 17").
  const std::array<std::string, 7> names{ui_text("Sun"), ui_text("Mon"), ui_text("Tue"),
                                         ui_text("Wed"), ui_text("Thu"), ui_text("Fri"),
                                         ui_text("Sat")};
  const auto day = parse_date(date);
  if (!day) return date;
  const std::chrono::weekday wd{*day};
  return names[wd.c_encoding()] + " " +
         std::to_string(static_cast<unsigned>(year_month_day{*day}.day()));
}

std::string area_name(const std::string& id) {
  // The library's body areas (DOMAIN.md), named in the user's language.
  static constexpr std::array<std::pair<std::string_view, const char*>, 15> kKnown{{
      {"neck", wxTRANSLATE("Neck")},
      {"trapezius", wxTRANSLATE("Trapezius")},
      {"upper-back", wxTRANSLATE("Upper back")},
      {"shoulders", wxTRANSLATE("Shoulders")},
      {"chest", wxTRANSLATE("Chest")},
      {"arms", wxTRANSLATE("Arms")},
      {"wrists", wxTRANSLATE("Wrists")},
      {"lower-back", wxTRANSLATE("Lower back")},
      {"hips", wxTRANSLATE("Hips")},
      {"hamstrings", wxTRANSLATE("Hamstrings")},
      {"calves", wxTRANSLATE("Calves")},
      {"shins", wxTRANSLATE("Shins")},
      {"feet", wxTRANSLATE("Feet")},
      {"eyes", wxTRANSLATE("Eyes")},
      {"whole-body", wxTRANSLATE("Whole body")},
  }};
  for (const auto& [known, label] : kKnown)
    if (id == known) return ui_text(label);
  // A user's own area: its id made readable.
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
  if (h == 0) return fill_in(ui_text("{0} min"), {std::to_string(m)});
  if (m == 0) return fill_in(ui_text("{0} h"), {std::to_string(h)});
  return fill_in(ui_text("{0} h {1} min"), {std::to_string(h), std::to_string(m)});
}

std::string totals_line(const StatsModel& model) {
  int taken = 0, natural = 0, snoozed = 0, skipped = 0, sat_days = 0;
  double sitting = 0;
  for (const auto& d : model.days) {
    taken += d.taken;
    natural += d.natural;
    snoozed += d.snoozed;
    skipped += d.skipped;
    if (d.sitting > Duration{}) {
      sitting += seconds_of(d.sitting);
      ++sat_days;
    }
  }
  std::string line =
      fill_in(ui_plural("This fortnight: {0} break taken, {1} natural, {2} snoozed, {3} skipped",
                        "This fortnight: {0} breaks taken, {1} natural, {2} snoozed, {3} skipped",
                        static_cast<unsigned long>(taken)),
              {std::to_string(taken), std::to_string(natural), std::to_string(snoozed),
               std::to_string(skipped)});
  // Days the computer was off would drag the average towards zero.
  if (sat_days > 0)
    line +=
        " \u00b7 " + fill_in(ui_text("average sitting {0}"), {duration_text(sitting / sat_days)});
  return line;
}

std::string breaks_summary(const StatsModel& model) {
  std::string text =
      fill_in(ui_text("Breaks per day, last {0} days."), {std::to_string(model.days.size())});
  for (const auto& d : model.days) {
    text += " " + fill_in(ui_text("{0}: {1} taken, {2} natural, {3} snoozed, {4} skipped."),
                          {day_label(d.date), std::to_string(d.taken), std::to_string(d.natural),
                           std::to_string(d.snoozed), std::to_string(d.skipped)});
  }
  return text;
}

std::string sitting_summary(const StatsModel& model) {
  std::string text = ui_text("Sitting time per day, with the longest stretch.");
  for (const auto& d : model.days) {
    text += " " + fill_in(ui_text("{0}: {1}, longest {2}."),
                          {day_label(d.date), duration_text(seconds_of(d.sitting)),
                           duration_text(seconds_of(d.longest_sitting))});
  }
  return text;
}

std::string areas_summary(const StatsModel& model) {
  if (model.areas.empty()) return ui_text("Body areas worked this week: none yet.");
  std::string text = ui_text("Body areas worked this week.");
  for (const auto& a : model.areas)
    text += " " + fill_in(ui_plural("{0}: {1} break.", "{0}: {1} breaks.",
                                    static_cast<unsigned long>(a.breaks)),
                          {a.name, std::to_string(a.breaks)});
  return text;
}

}  // namespace unknot
