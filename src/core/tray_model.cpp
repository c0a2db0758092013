#include "core/tray_model.hpp"
#include <utility>

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/language.hpp"
#include "core/time_text.hpp"

// Marks static texts for the template; they are looked up where they are shown.
#ifndef N_
#define N_(text) text
#endif

namespace unknot {
namespace {

using std::chrono::minutes;

constexpr std::string_view kIconPrefix = "io.github.unknot.Unknot-";

/// A menu check item and the body area ids it stands for: the menu offers
/// words a user knows, the library tags finer areas.
struct FocusGroup {
  std::string_view id;
  std::string_view label;
  std::array<std::string_view, 5> areas;
};

constexpr std::array<FocusGroup, 6> kFocusGroups{{
    {"neck", N_("Neck"), {"neck"}},
    {"shoulders", N_("Shoulders"), {"shoulders", "trapezius"}},
    {"lower-back", N_("Lower back"), {"lower-back"}},
    {"wrists", N_("Wrists"), {"wrists"}},
    {"legs", N_("Legs"), {"hips", "hamstrings", "calves", "shins", "feet"}},
    {"eyes", N_("Eyes"), {"eyes"}},
}};

/// "12 min", "1 h", "1 h 5 min"; `round_up` for countdowns, so "in 1 min"
/// never shows while the break is still a minute and a half away.
std::string minutes_text(Duration d, bool round_up, const Translator& tr) {
  if (d < Duration::zero()) d = Duration::zero();
  auto total = std::chrono::duration_cast<minutes>(d).count();
  if (round_up && d > minutes{total}) ++total;
  // Abbreviations: no plural forms (the catalog has "{0} min" without them).
  if (total < 60) return fill_in(tr.gettext("{0} min"), {std::to_string(total)});
  const auto hours = std::to_string(total / 60);
  if (total % 60 == 0) return fill_in(tr.gettext("{0} h"), {hours});
  // TRANSLATORS: hours and minutes, e.g. "1 h 5 min".
  return fill_in(tr.gettext("{0} h {1} min"), {hours, std::to_string(total % 60)});
}

/// "Micro break" / "Rest break": whole phrases, so a language may inflect them.
std::string kind_title(BreakKind kind, const Translator& tr) {
  return kind == BreakKind::rest ? tr.gettext("Rest break") : tr.gettext("Micro break");
}

bool in_meeting(const TrayFacts& facts) {
  return facts.manual_meeting || !facts.status.meeting_sources.empty() ||
         facts.status.state == State::meeting;
}

TrayIconState icon_state(const TrayFacts& facts) {
  const Status& s = facts.status;
  if (s.break_due || s.on_break || s.state == State::on_break) return TrayIconState::due;
  if (s.paused || s.state == State::paused) return TrayIconState::paused;
  if (in_meeting(facts)) return TrayIconState::meeting;
  if (s.outside_working_hours || !s.next_break) return TrayIconState::off_hours;
  return TrayIconState::working;
}

/// 0..4: which fifth of the interval has passed.
int progress_of(const TrayFacts& facts) {
  if (!facts.status.next_break) return 0;
  const auto& next = *facts.status.next_break;
  const Duration every = next.kind == BreakKind::rest ? facts.rest_every : facts.micro_every;
  if (every <= Duration::zero()) return 0;
  const auto left = std::clamp(next.in, Duration::zero(), every);
  const auto passed = every - left;
  return std::clamp(static_cast<int>(passed.count() * 5 / every.count()), 0, 4);
}

std::string sitting_text(const Status& s, const Translator& tr) {
  // TRANSLATORS: the tooltip's second half, "Next: ... · sitting 38 min".
  return fill_in(tr.gettext("sitting {0}"), {minutes_text(s.sitting, false, tr)});
}

/// "Next: micro break in 12 min", or "... after your meeting, in 2 min" while
/// the grace after a meeting holds it back (it would read "in 0 min" else).
std::string next_text(const Status& s, const Translator& tr) {
  const NextBreak& next = *s.next_break;
  if (const auto wait = after_meeting_wait(s)) {
    const std::string in = minutes_text(*wait, true, tr);
    if (next.kind == BreakKind::rest)
      return fill_in(tr.gettext("Next: rest break after your meeting, in {0}"), {in});
    return fill_in(tr.gettext("Next: micro break after your meeting, in {0}"), {in});
  }
  const std::string in = minutes_text(next.in, true, tr);
  if (next.kind == BreakKind::rest) return fill_in(tr.gettext("Next: rest break in {0}"), {in});
  return fill_in(tr.gettext("Next: micro break in {0}"), {in});
}

/// The headline: what comes next, or what holds breaks back.
std::string headline(const TrayFacts& facts, TrayIconState state, const Now& now,
                     const Translator& tr) {
  const Status& s = facts.status;
  switch (state) {
    case TrayIconState::due:
      if (s.on_break)
        // TRANSLATORS: "Micro break · 1 min left".
        return fill_in(tr.gettext("{0} · {1} left"),
                       {kind_title(*s.on_break, tr), minutes_text(s.break_remaining, true, tr)});
      if (s.break_due == BreakKind::rest) return tr.gettext("Rest break due");
      return tr.gettext("Micro break due");
    case TrayIconState::paused:
      if (s.paused_until) {
        const auto offset = facts.paused_until_offset.value_or(now.utc_offset);
        return fill_in(tr.gettext("Paused until {0}"),
                       {format_time_of_day(local_time_of_day(*s.paused_until, offset))});
      }
      return tr.gettext("Paused until you resume");
    case TrayIconState::meeting:
      return tr.gettext("In a meeting");
    case TrayIconState::off_hours:
      return s.next_break ? tr.gettext("Outside working hours") : tr.gettext("All breaks are off");
    case TrayIconState::working:
      break;
  }
  return next_text(s, tr);
}

TrayMenuItem item(std::string id, std::string label, std::optional<TrayAction> action,
                  bool enabled = true) {
  TrayMenuItem entry;
  entry.id = std::move(id);
  entry.label = std::move(label);
  entry.action = std::move(action);
  entry.enabled = enabled;
  return entry;
}

TrayMenuItem separator(std::string id) {
  TrayMenuItem entry;
  entry.type = TrayMenuItem::Type::separator;
  entry.id = std::move(id);
  return entry;
}

TrayMenuItem submenu(std::string id, std::string label, std::vector<TrayMenuItem> children,
                     bool enabled = true) {
  TrayMenuItem entry = item(std::move(id), std::move(label), std::nullopt, enabled);
  entry.type = TrayMenuItem::Type::submenu;
  entry.children = std::move(children);
  return entry;
}

TrayAction action_of(TrayActionKind kind) {
  TrayAction action;
  action.kind = kind;
  return action;
}

TrayMenuItem break_menu(const TrayFacts& facts, const Translator& tr) {
  const bool on_break = facts.status.on_break.has_value();
  std::vector<TrayMenuItem> kinds;
  for (auto kind : {BreakKind::micro, BreakKind::rest}) {
    TrayAction action = action_of(TrayActionKind::take_break);
    action.break_kind = kind;
    kinds.push_back(item("break." + std::string{to_string(kind)}, kind_title(kind, tr), action));
  }
  return submenu("break", tr.gettext("Take a break now"), std::move(kinds), !on_break);
}

TrayMenuItem pause_menu(const std::string& day_starts_hh_mm, const Translator& tr) {
  std::vector<TrayMenuItem> choices;
  const std::pair<std::string_view, minutes> spans[] = {
      {"30m", minutes{30}}, {"1h", minutes{60}}, {"2h", minutes{120}}};
  for (const auto& [id, span] : spans) {
    TrayAction action = action_of(TrayActionKind::pause_for);
    action.duration = span;
    choices.push_back(item("pause." + std::string{id}, minutes_text(span, false, tr), action));
  }
  TrayAction tomorrow = action_of(TrayActionKind::pause_until);
  tomorrow.until = day_starts_hh_mm;
  choices.push_back(item("pause.tomorrow", tr.gettext("Until tomorrow"), tomorrow));
  choices.push_back(
      item("pause.resume", tr.gettext("Until I resume"), action_of(TrayActionKind::pause)));
  return submenu("pause", tr.gettext("Pause"), std::move(choices));
}

bool has_area(const std::vector<std::string>& list, std::string_view area) {
  return std::find(list.begin(), list.end(), area) != list.end();
}

/// The focus list after toggling `group`: its areas all removed when it was
/// checked, else appended (keeping the user's other areas and their order).
std::vector<std::string> toggled(const std::vector<std::string>& focus, const FocusGroup& group,
                                 bool checked) {
  std::vector<std::string> next;
  for (const auto& area : focus) {
    const bool in_group =
        std::find(group.areas.begin(), group.areas.end(), area) != group.areas.end();
    if (!(checked && in_group)) next.push_back(area);
  }
  if (!checked)
    for (auto area : group.areas)
      if (!area.empty() && !has_area(next, area)) next.emplace_back(area);
  return next;
}

TrayMenuItem focus_menu(const TrayFacts& facts, const Translator& tr) {
  std::vector<TrayMenuItem> groups;
  for (const auto& group : kFocusGroups) {
    const bool checked = std::any_of(group.areas.begin(), group.areas.end(), [&](auto area) {
      return !area.empty() && has_area(facts.focus_areas, area);
    });
    TrayAction action = action_of(TrayActionKind::focus_area);
    action.area = group.id;
    action.focus_areas = toggled(facts.focus_areas, group, checked);
    TrayMenuItem entry =
        item("focus." + std::string{group.id}, tr.gettext(group.label.data()), action);
    entry.type = TrayMenuItem::Type::check;
    entry.checked = checked;
    groups.push_back(std::move(entry));
  }
  return submenu("focus", tr.gettext("Focus areas"), std::move(groups));
}

/// Meeting, Resume, Snooze and Skip: what holds the next break back.
void add_hold_items(std::vector<TrayMenuItem>& menu, const TrayFacts& facts, const Translator& tr) {
  const Status& s = facts.status;
  TrayAction meeting = action_of(TrayActionKind::meeting);
  meeting.on = !facts.manual_meeting;
  TrayMenuItem meeting_item = item("meeting", tr.gettext("I'm in a meeting"), meeting);
  meeting_item.type = TrayMenuItem::Type::check;
  meeting_item.checked = facts.manual_meeting;
  menu.push_back(std::move(meeting_item));
  const bool paused = s.paused || s.state == State::paused;
  menu.push_back(item("resume", tr.gettext("Resume"), action_of(TrayActionKind::resume),
                      paused || facts.manual_meeting));
  const bool has_break = s.break_due || s.next_break;
  const bool snooze_left = facts.snooze_max == 0 || s.snoozes_used < facts.snooze_max;
  // While a break is due, snooze and skip act on it, not on one to come.
  const bool due = s.break_due.has_value();
  menu.push_back(item("snooze",
                      due ? tr.gettext("Snooze this break") : tr.gettext("Snooze the next break"),
                      action_of(TrayActionKind::snooze), has_break && snooze_left && !s.on_break));
  if (!facts.strict)
    menu.push_back(item("skip",
                        due ? tr.gettext("Skip this break") : tr.gettext("Skip the next break"),
                        action_of(TrayActionKind::skip), has_break && !s.on_break));
}

/// "Start this break", first of the actions while a micro or rest break is
/// due (the daily limit is acknowledged in its notification, not started).
void add_start_due(std::vector<TrayMenuItem>& menu, const TrayFacts& facts, const Translator& tr) {
  const Status& s = facts.status;
  if (!s.break_due || *s.break_due == BreakKind::daily || s.on_break) return;
  TrayAction start = action_of(TrayActionKind::take_break);
  start.break_kind = s.break_due;
  menu.push_back(item("start", tr.gettext("Start this break"), start));
}

}  // namespace

std::string_view to_string(TrayIconState state) {
  switch (state) {
    case TrayIconState::working:
      return "working";
    case TrayIconState::due:
      return "due";
    case TrayIconState::paused:
      return "paused";
    case TrayIconState::meeting:
      return "meeting";
    case TrayIconState::off_hours:
      return "off";
  }
  return "working";
}

TrayView tray_view(const TrayFacts& facts, const Now& now, const Translator& tr) {
  TrayView view;
  view.state = icon_state(facts);
  view.progress = view.state == TrayIconState::working ? progress_of(facts) : 0;
  view.icon_name = std::string{kIconPrefix} + std::string{to_string(view.state)};
  if (view.state == TrayIconState::working) view.icon_name += "-" + std::to_string(view.progress);
  view.title = "Unknot";
  const std::string head = headline(facts, view.state, now, tr);
  const bool shows_sitting =
      view.state != TrayIconState::off_hours && !(facts.status.on_break.has_value());
  view.tooltip = shows_sitting ? head + " · " + sitting_text(facts.status, tr) : head;
  view.status_line = view.tooltip;
  return view;
}

std::vector<TrayMenuItem> tray_menu(const TrayFacts& facts, const Now& now,
                                    const std::string& day_starts_hh_mm, const Translator& tr) {
  std::vector<TrayMenuItem> menu;
  menu.push_back(item("status", tray_view(facts, now, tr).status_line, std::nullopt, false));
  menu.push_back(separator("sep.status"));
  add_start_due(menu, facts, tr);
  menu.push_back(break_menu(facts, tr));
  menu.push_back(pause_menu(day_starts_hh_mm, tr));
  add_hold_items(menu, facts, tr);
  menu.push_back(separator("sep.focus"));
  menu.push_back(focus_menu(facts, tr));
  menu.push_back(separator("sep.windows"));
  menu.push_back(
      item("statistics", tr.gettext("Statistics…"), action_of(TrayActionKind::statistics)));
  menu.push_back(item("settings", tr.gettext("Settings…"), action_of(TrayActionKind::settings)));
  menu.push_back(item("open_routines", tr.gettext("Open routines folder"),
                      action_of(TrayActionKind::open_routines)));
  menu.push_back(item("about", tr.gettext("About"), action_of(TrayActionKind::about)));
  menu.push_back(separator("sep.quit"));
  menu.push_back(item("quit", tr.gettext("Quit"), action_of(TrayActionKind::quit)));
  return menu;
}

}  // namespace unknot
