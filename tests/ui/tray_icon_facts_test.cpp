// The wx tray reads the daemon's JSON back into the tray model's facts: what
// it shows must match what the daemon's own tray item would show.
#include "ui/tray_icon_facts.hpp"

#include <catch2/catch.hpp>

#include "ui/status_popover_text.hpp"

using nlohmann::json;
using namespace std::chrono_literals;
using namespace unknot;

namespace {

Now noon_utc_plus_one() {
  using namespace std::chrono;
  const WallTime wall{sys_days{2026y / November / 24} + 11h};
  return Now{SteadyTime{1000h}, wall, 3600s};
}

json working_status() {
  return json::parse(R"({"state": "active", "next_break": {"kind": "micro", "in_s": 690},
    "sitting_s": 2290, "paused": false, "paused_until": null, "idle_source": "x11",
    "break_due": null, "on_break": null, "active_today_s": 7200, "sitting_today_s": 7000,
    "longest_sitting_today_s": 3000, "meeting_sources": [], "snoozes_used": 0,
    "outside_working_hours": false})");
}

json settings_values() {
  return json::parse(R"({"micro": {"every": "20m"}, "rest": {"every": "1h30m"},
    "breaks": {"strict": true}, "snooze": {"max": 2},
    "exercises": {"focus_areas": ["neck", "wrists"]}, "daily": {"day_starts": "05:30"}})");
}

}  // namespace

TEST_CASE("the wx tray shows what the daemon's tray would", "[tray_icon]") {
  const Now now = noon_utc_plus_one();
  const TrayFacts facts = tray_facts_from_json(working_status(), settings_values(), now);
  CHECK(facts.micro_every == Duration{20min});
  CHECK(facts.rest_every == Duration{90min});
  CHECK(facts.strict);
  CHECK(facts.snooze_max == 2);
  CHECK(facts.focus_areas == std::vector<std::string>{"neck", "wrists"});
  CHECK_FALSE(facts.manual_meeting);
  REQUIRE(facts.status.next_break);
  CHECK(facts.status.next_break->in == Duration{690s});
  CHECK(facts.status.sitting == Duration{2290s});
  CHECK(day_starts_from_json(settings_values()) == "05:30");

  const TrayView view = tray_view(facts, now);
  CHECK(view.state == TrayIconState::working);
  CHECK(view.tooltip.find("12 min") != std::string::npos);
}

TEST_CASE("a manual meeting and a pause reach the tray", "[tray_icon]") {
  json status = working_status();
  status["meeting_sources"] = {"manual"};
  const Now now = noon_utc_plus_one();
  CHECK(tray_facts_from_json(status, json::object(), now).manual_meeting);
  status = working_status();
  status["state"] = "paused";
  status["paused"] = true;
  status["paused_until"] = "2026-11-24T14:00:00+01:00";
  const TrayFacts paused = tray_facts_from_json(status, json::object(), now);
  CHECK(tray_view(paused, now).state == TrayIconState::paused);
  CHECK(popover_lines(status, 2).headline == "Paused until 14:00");
  CHECK(popover_lines(status, 2).paused);
}

TEST_CASE("a pause ending after a DST change reads in the offset it ends in", "[tray_icon]") {
  // 01:59 CET on 2026-03-29; at 02:00 clocks go to 03:00 CEST.
  Now spring;
  spring.wall = unknot::WallTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 29} + 59min};
  spring.utc_offset = 1h;
  json status = working_status();
  status["state"] = "paused";
  status["paused"] = true;
  status["paused_until"] = "2026-03-29T03:00:00+02:00";
  CHECK(tray_view(tray_facts_from_json(status, json::object(), spring), spring).tooltip.find(
            "Paused until 03:00") == 0);
  CHECK(popover_lines(status, 0).headline == "Paused until 03:00");
  // 02:30 CEST on 2026-10-25, before clocks go back from 03:00 CEST to 02:00 CET.
  Now autumn;
  autumn.wall = unknot::WallTime{std::chrono::sys_days{std::chrono::year{2026} / 10 / 25} + 30min};
  autumn.utc_offset = 2h;
  status["paused_until"] = "2026-10-25T03:10:00+01:00";
  CHECK(tray_view(tray_facts_from_json(status, json::object(), autumn), autumn).tooltip.find(
            "Paused until 03:10") == 0);
  CHECK(popover_lines(status, 0).headline == "Paused until 03:10");
}

TEST_CASE("the status popover's lines", "[tray_icon]") {
  const PopoverLines lines = popover_lines(working_status(), 3);
  CHECK(lines.headline == "Working");
  CHECK(lines.next == "Next: micro break in 12 min");
  CHECK(lines.sitting == "Sitting for 38 min");
  CHECK(lines.today == "Today: 3 breaks taken");
  CHECK_FALSE(lines.paused);
  CHECK(popover_lines(working_status(), 1).today == "Today: 1 break taken");
  CHECK(popover_lines(working_status(), std::nullopt).today == "Today: …");

  json due = working_status();
  due["break_due"] = "rest";
  CHECK(popover_lines(due, 0).headline == "Rest break due");
  json on = working_status();
  on["on_break"] = {{"kind", "micro"}, {"remaining_s", 25}};
  CHECK(popover_lines(on, 0).headline == "Micro break · 1 min left");
  CHECK(popover_lines(on, 0).on_break);
}
