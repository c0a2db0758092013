#include "core/tray_model.hpp"

#include <algorithm>
#include <functional>

#include <catch2/catch.hpp>

#include "support/sim_clock.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::TrayActionKind;
using unknot::TrayFacts;
using unknot::TrayIconState;
using unknot::TrayMenuItem;

namespace {

/// At the desk, a micro break due in `in` out of every 20 min.
TrayFacts working(unknot::Duration in, unknot::Duration sitting = 38min) {
  TrayFacts facts;
  facts.micro_every = 20min;
  facts.rest_every = 60min;
  facts.status.next_break = unknot::NextBreak{BreakKind::micro, in};
  facts.status.sitting = sitting;
  return facts;
}

const TrayMenuItem* find(const std::vector<TrayMenuItem>& items, const std::string& id) {
  for (const auto& entry : items) {
    if (entry.id == id) return &entry;
    if (const auto* inner = find(entry.children, id)) return inner;
  }
  return nullptr;
}

std::vector<std::string> top_ids(const std::vector<TrayMenuItem>& items) {
  std::vector<std::string> ids;
  for (const auto& entry : items)
    if (entry.type != TrayMenuItem::Type::separator) ids.push_back(entry.id);
  return ids;
}

}  // namespace

TEST_CASE("the tooltip says what comes next and how long the user has sat") {
  unknot::test::SimClock clock;
  const auto view = unknot::tray_view(working(11min + 20s), clock.now());
  CHECK(view.state == TrayIconState::working);
  CHECK(view.tooltip == "Next: micro break in 12 min · sitting 38 min");
  CHECK(view.title == "Unknot");
  CHECK(view.status_line == view.tooltip);
}

TEST_CASE("long waits read in hours and minutes") {
  unknot::test::SimClock clock;
  auto facts = working(65min, 2h + 5min);
  facts.status.next_break->kind = BreakKind::rest;
  facts.rest_every = 90min;
  CHECK(unknot::tray_view(facts, clock.now()).tooltip ==
        "Next: rest break in 1 h 5 min · sitting 2 h 5 min");
}

TEST_CASE("a break held by the grace after a meeting says it comes after the meeting") {
  unknot::test::SimClock clock;
  auto facts = working(0s, 70min);
  facts.status.grace_left = 100s;
  CHECK(unknot::tray_view(facts, clock.now()).tooltip ==
        "Next: micro break after your meeting, in 2 min · sitting 1 h 10 min");
  facts.status.next_break = unknot::NextBreak{BreakKind::rest, 5min};
  CHECK(unknot::tray_view(facts, clock.now()).tooltip ==
        "Next: rest break in 5 min · sitting 1 h 10 min");
}

TEST_CASE("the working icon fills as the next break comes closer") {
  unknot::test::SimClock clock;
  CHECK(unknot::tray_view(working(20min), clock.now()).progress == 0);
  CHECK(unknot::tray_view(working(15min), clock.now()).progress == 1);
  CHECK(unknot::tray_view(working(10min), clock.now()).progress == 2);
  CHECK(unknot::tray_view(working(5min), clock.now()).progress == 3);
  const auto almost = unknot::tray_view(working(1min), clock.now());
  CHECK(almost.progress == 4);
  CHECK(almost.icon_name == "io.github.unknot.Unknot-working-4");
}

TEST_CASE("a due break, a pause, a meeting and off hours each have their own icon") {
  unknot::test::SimClock clock;
  auto due = working(0min);
  due.status.break_due = BreakKind::rest;
  auto view = unknot::tray_view(due, clock.now());
  CHECK(view.icon_name == "io.github.unknot.Unknot-due");
  CHECK(view.tooltip == "Rest break due · sitting 38 min");

  auto paused = working(5min);
  paused.status.paused = true;
  paused.status.state = unknot::State::paused;
  paused.status.paused_until = clock.now().wall + 90min;  // 08:00 local + 1h30
  view = unknot::tray_view(paused, clock.now());
  CHECK(view.icon_name == "io.github.unknot.Unknot-paused");
  CHECK(view.tooltip == "Paused until 09:30 · sitting 38 min");
  paused.status.paused_until.reset();
  CHECK(unknot::tray_view(paused, clock.now()).tooltip.starts_with("Paused until you resume"));

  auto meeting = working(5min);
  meeting.status.meeting_sources = {"camera"};
  view = unknot::tray_view(meeting, clock.now());
  CHECK(view.icon_name == "io.github.unknot.Unknot-meeting");
  CHECK(view.tooltip == "In a meeting · sitting 38 min");

  auto off = working(5min);
  off.status.outside_working_hours = true;
  view = unknot::tray_view(off, clock.now());
  CHECK(view.state == TrayIconState::off_hours);
  CHECK(view.icon_name == "io.github.unknot.Unknot-off");
  off.status.outside_working_hours = false;
  off.status.next_break.reset();
  CHECK(unknot::tray_view(off, clock.now()).tooltip == "All breaks are off");
}

TEST_CASE("a running break shows the time left") {
  unknot::test::SimClock clock;
  auto facts = working(0min);
  facts.status.on_break = BreakKind::micro;
  facts.status.state = unknot::State::on_break;
  facts.status.break_remaining = 25s;
  CHECK(unknot::tray_view(facts, clock.now()).tooltip == "Micro break · 1 min left");
}

TEST_CASE("the menu lists the items of the issue in order") {
  unknot::test::SimClock clock;
  const auto menu = unknot::tray_menu(working(5min), clock.now(), "07:00");
  CHECK(top_ids(menu) == std::vector<std::string>{"status", "break", "pause", "meeting", "resume",
                                                  "snooze", "skip", "focus", "statistics",
                                                  "settings", "open_routines", "about", "quit"});
  CHECK_FALSE(menu.front().enabled);
  CHECK(menu.front().label == "Next: micro break in 5 min · sitting 38 min");
  const auto* pause = find(menu, "pause");
  REQUIRE(pause != nullptr);
  std::vector<std::string> labels;
  for (const auto& entry : pause->children) labels.push_back(entry.label);
  CHECK(labels ==
        std::vector<std::string>{"30 min", "1 h", "2 h", "Until tomorrow", "Until I resume"});
  const auto* half_hour = find(menu, "pause.30m");
  REQUIRE(half_hour->action);
  CHECK(half_hour->action->kind == TrayActionKind::pause_for);
  CHECK(half_hour->action->duration == 30min);
  CHECK(find(menu, "pause.tomorrow")->action->until == "07:00");
  CHECK(find(menu, "break.rest")->action->break_kind == BreakKind::rest);
}

TEST_CASE("resume is offered only when something holds breaks back") {
  unknot::test::SimClock clock;
  auto facts = working(5min);
  CHECK_FALSE(find(unknot::tray_menu(facts, clock.now(), "07:00"), "resume")->enabled);
  facts.manual_meeting = true;
  auto menu = unknot::tray_menu(facts, clock.now(), "07:00");
  CHECK(find(menu, "resume")->enabled);
  CHECK(find(menu, "meeting")->checked);
  CHECK(find(menu, "meeting")->action->on == false);
  facts.manual_meeting = false;
  facts.status.paused = true;
  menu = unknot::tray_menu(facts, clock.now(), "07:00");
  CHECK(find(menu, "resume")->enabled);
  CHECK_FALSE(find(menu, "meeting")->checked);
  CHECK(find(menu, "meeting")->action->on == true);
}

TEST_CASE("strict mode hides skip and snooze stops at the limit") {
  unknot::test::SimClock clock;
  auto facts = working(5min);
  facts.strict = true;
  facts.snooze_max = 2;
  facts.status.snoozes_used = 1;
  auto menu = unknot::tray_menu(facts, clock.now(), "07:00");
  CHECK(find(menu, "skip") == nullptr);
  CHECK(find(menu, "snooze")->enabled);
  facts.status.snoozes_used = 2;
  CHECK_FALSE(find(unknot::tray_menu(facts, clock.now(), "07:00"), "snooze")->enabled);
}

TEST_CASE("focus area items check and toggle the areas they stand for") {
  unknot::test::SimClock clock;
  auto facts = working(5min);
  facts.focus_areas = {"neck", "calves"};
  const auto menu = unknot::tray_menu(facts, clock.now(), "07:00");
  CHECK(find(menu, "focus.neck")->checked);
  CHECK(find(menu, "focus.legs")->checked);
  CHECK_FALSE(find(menu, "focus.shoulders")->checked);
  CHECK(find(menu, "focus.neck")->action->focus_areas == std::vector<std::string>{"calves"});
  CHECK(find(menu, "focus.legs")->action->focus_areas == std::vector<std::string>{"neck"});
  CHECK(find(menu, "focus.shoulders")->action->focus_areas ==
        std::vector<std::string>{"neck", "calves", "shoulders", "trapezius"});
  CHECK(find(menu, "focus.lower-back")->action->area == "lower-back");
}

TEST_CASE("no break can be started while one runs") {
  unknot::test::SimClock clock;
  auto facts = working(0min);
  facts.status.on_break = BreakKind::micro;
  const auto menu = unknot::tray_menu(facts, clock.now(), "07:00");
  CHECK_FALSE(find(menu, "break")->enabled);
  CHECK_FALSE(find(menu, "snooze")->enabled);
}

TEST_CASE("while a break is due the menu offers to start it, and snooze and skip name it") {
  unknot::test::SimClock clock;
  auto facts = working(0min);
  facts.status.break_due = BreakKind::micro;
  auto menu = unknot::tray_menu(facts, clock.now(), "07:00");
  CHECK(top_ids(menu) == std::vector<std::string>{"status", "start", "break", "pause", "meeting",
                                                  "resume", "snooze", "skip", "focus", "statistics",
                                                  "settings", "open_routines", "about", "quit"});
  const auto* start = find(menu, "start");
  CHECK(start->label == "Start this break");
  CHECK(start->enabled);
  CHECK(start->action->kind == unknot::TrayActionKind::take_break);
  CHECK(start->action->break_kind == BreakKind::micro);
  CHECK(find(menu, "snooze")->label == "Snooze this break");
  CHECK(find(menu, "skip")->label == "Skip this break");

  // Not due: nothing to start, and snooze and skip are about the next one.
  menu = unknot::tray_menu(working(5min), clock.now(), "07:00");
  CHECK(find(menu, "start") == nullptr);
  CHECK(find(menu, "snooze")->label == "Snooze the next break");
  CHECK(find(menu, "skip")->label == "Skip the next break");

  // The daily limit is acknowledged in its notification, not started.
  facts.status.break_due = BreakKind::daily;
  CHECK(find(unknot::tray_menu(facts, clock.now(), "07:00"), "start") == nullptr);
}
