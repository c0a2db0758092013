#include "core/tray_model.hpp"
#include <utility>

#include <algorithm>
#include <array>
#include <cstdio>

namespace unknot {
namespace {

using std::chrono::minutes;

constexpr std::string_view kIconPrefix = "io.github.unknot.Unknot-";

/// A menu check item and the body area ids it stands for: the menu offers
/// words a user knows, the library tags finer areas.
struct FocusGroup {
  std::string_view id;
  std::string_view label;
  std::array<std::string_view, 4> areas;
};

constexpr std::array<FocusGroup, 6> kFocusGroups{{
    {"neck", "Neck", {"neck"}},
    {"shoulders", "Shoulders", {"shoulders", "trapezius"}},
    {"lower-back", "Lower back", {"lower-back"}},
    {"wrists", "Wrists", {"wrists"}},
    {"legs", "Legs", {"hips", "hamstrings", "calves", "shins"}},
    {"eyes", "Eyes", {"eyes"}},
}};

std::string capitalised(std::string_view word) {
  std::string text{word};
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

/// "12 min", "1 h", "1 h 5 min"; `round_up` for countdowns, so "in 1 min"
/// never shows while the break is still a minute and a half away.
std::string minutes_text(Duration d, bool round_up) {
  if (d < Duration::zero()) d = Duration::zero();
  auto total = std::chrono::duration_cast<minutes>(d).count();
  if (round_up && d > minutes{total}) ++total;
  if (total < 60) return std::to_string(total) + " min";
  const auto hours = total / 60;
  const auto rest = total % 60;
  std::string text = std::to_string(hours) + " h";
  if (rest != 0) text += " " + std::to_string(rest) + " min";
  return text;
}

/// Local "HH:MM" of a wall instant.
std::string local_hh_mm(WallTime wall, const Now& now) {
  const auto local = wall.time_since_epoch() + now.utc_offset;
  auto of_day = std::chrono::duration_cast<minutes>(local).count() % (24 * 60);
  if (of_day < 0) of_day += 24 * 60;
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(of_day / 60),
                static_cast<int>(of_day % 60));
  return text;
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

std::string sitting_text(const Status& s) { return "sitting " + minutes_text(s.sitting, false); }

/// The headline: what comes next, or what holds breaks back.
std::string headline(const TrayFacts& facts, TrayIconState state, const Now& now) {
  const Status& s = facts.status;
  switch (state) {
    case TrayIconState::due:
      if (s.on_break)
        return capitalised(to_string(*s.on_break)) + " break · " +
               minutes_text(s.break_remaining, true) + " left";
      return capitalised(to_string(s.break_due.value_or(BreakKind::micro))) + " break due";
    case TrayIconState::paused:
      if (s.paused_until) return "Paused until " + local_hh_mm(*s.paused_until, now);
      return "Paused until you resume";
    case TrayIconState::meeting:
      return "In a meeting";
    case TrayIconState::off_hours:
      return s.next_break ? "Outside working hours" : "All breaks are off";
    case TrayIconState::working:
      break;
  }
  return "Next: " + std::string{to_string(s.next_break->kind)} + " break in " +
         minutes_text(s.next_break->in, true);
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

TrayMenuItem break_menu(const TrayFacts& facts) {
  const bool on_break = facts.status.on_break.has_value();
  std::vector<TrayMenuItem> kinds;
  for (auto kind : {BreakKind::micro, BreakKind::rest}) {
    TrayAction action = action_of(TrayActionKind::take_break);
    action.break_kind = kind;
    kinds.push_back(item("break." + std::string{to_string(kind)},
                         capitalised(to_string(kind)) + " break", action));
  }
  return submenu("break", "Take a break now", std::move(kinds), !on_break);
}

TrayMenuItem pause_menu(const std::string& day_starts_hh_mm) {
  std::vector<TrayMenuItem> choices;
  const std::pair<std::string_view, minutes> spans[] = {
      {"30m", minutes{30}}, {"1h", minutes{60}}, {"2h", minutes{120}}};
  for (const auto& [id, span] : spans) {
    TrayAction action = action_of(TrayActionKind::pause_for);
    action.duration = span;
    choices.push_back(item("pause." + std::string{id}, minutes_text(span, false), action));
  }
  TrayAction tomorrow = action_of(TrayActionKind::pause_until);
  tomorrow.until = day_starts_hh_mm;
  choices.push_back(item("pause.tomorrow", "Until tomorrow", tomorrow));
  choices.push_back(item("pause.resume", "Until I resume", action_of(TrayActionKind::pause)));
  return submenu("pause", "Pause", std::move(choices));
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

TrayMenuItem focus_menu(const TrayFacts& facts) {
  std::vector<TrayMenuItem> groups;
  for (const auto& group : kFocusGroups) {
    const bool checked = std::any_of(group.areas.begin(), group.areas.end(), [&](auto area) {
      return !area.empty() && has_area(facts.focus_areas, area);
    });
    TrayAction action = action_of(TrayActionKind::focus_area);
    action.area = group.id;
    action.focus_areas = toggled(facts.focus_areas, group, checked);
    TrayMenuItem entry = item("focus." + std::string{group.id}, std::string{group.label}, action);
    entry.type = TrayMenuItem::Type::check;
    entry.checked = checked;
    groups.push_back(std::move(entry));
  }
  return submenu("focus", "Focus areas", std::move(groups));
}

/// Meeting, Resume, Snooze and Skip: what holds the next break back.
void add_hold_items(std::vector<TrayMenuItem>& menu, const TrayFacts& facts) {
  const Status& s = facts.status;
  TrayAction meeting = action_of(TrayActionKind::meeting);
  meeting.on = !facts.manual_meeting;
  TrayMenuItem meeting_item = item("meeting", "I'm in a meeting", meeting);
  meeting_item.type = TrayMenuItem::Type::check;
  meeting_item.checked = facts.manual_meeting;
  menu.push_back(std::move(meeting_item));
  const bool paused = s.paused || s.state == State::paused;
  menu.push_back(
      item("resume", "Resume", action_of(TrayActionKind::resume), paused || facts.manual_meeting));
  const bool has_break = s.break_due || s.next_break;
  const bool snooze_left = facts.snooze_max == 0 || s.snoozes_used < facts.snooze_max;
  menu.push_back(item("snooze", "Snooze the next break", action_of(TrayActionKind::snooze),
                      has_break && snooze_left && !s.on_break));
  if (!facts.strict)
    menu.push_back(item("skip", "Skip the next break", action_of(TrayActionKind::skip),
                        has_break && !s.on_break));
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

TrayView tray_view(const TrayFacts& facts, const Now& now) {
  TrayView view;
  view.state = icon_state(facts);
  view.progress = view.state == TrayIconState::working ? progress_of(facts) : 0;
  view.icon_name = std::string{kIconPrefix} + std::string{to_string(view.state)};
  if (view.state == TrayIconState::working) view.icon_name += "-" + std::to_string(view.progress);
  view.title = "Unknot";
  const std::string head = headline(facts, view.state, now);
  const bool shows_sitting =
      view.state != TrayIconState::off_hours && !(facts.status.on_break.has_value());
  view.tooltip = shows_sitting ? head + " · " + sitting_text(facts.status) : head;
  view.status_line = view.tooltip;
  return view;
}

std::vector<TrayMenuItem> tray_menu(const TrayFacts& facts, const Now& now,
                                    const std::string& day_starts_hh_mm) {
  std::vector<TrayMenuItem> menu;
  menu.push_back(item("status", tray_view(facts, now).status_line, std::nullopt, false));
  menu.push_back(separator("sep.status"));
  menu.push_back(break_menu(facts));
  menu.push_back(pause_menu(day_starts_hh_mm));
  add_hold_items(menu, facts);
  menu.push_back(separator("sep.focus"));
  menu.push_back(focus_menu(facts));
  menu.push_back(separator("sep.windows"));
  menu.push_back(item("statistics", "Statistics…", action_of(TrayActionKind::statistics)));
  menu.push_back(item("settings", "Settings…", action_of(TrayActionKind::settings)));
  menu.push_back(
      item("open_routines", "Open routines folder", action_of(TrayActionKind::open_routines)));
  menu.push_back(item("about", "About", action_of(TrayActionKind::about)));
  menu.push_back(separator("sep.quit"));
  menu.push_back(item("quit", "Quit", action_of(TrayActionKind::quit)));
  return menu;
}

}  // namespace unknot
