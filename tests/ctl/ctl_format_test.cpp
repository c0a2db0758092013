#include "ctl/ctl_format.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
using unknot::format_countdown;
using unknot::format_elapsed;
using unknot::format_status_line;

namespace {

json active(long long in_s, long long sitting_s, const char* kind = "micro") {
  return {{"state", "active"},
          {"next_break", {{"kind", kind}, {"in_s", in_s}}},
          {"sitting_s", sitting_s},
          {"paused", false},
          {"paused_until", nullptr},
          {"break_due", nullptr},
          {"on_break", nullptr},
          {"meeting_sources", json::array()},
          {"outside_working_hours", false}};
}

}  // namespace

TEST_CASE("elapsed time shows whole minutes, rounded down") {
  CHECK(format_elapsed(0) == "0m");
  CHECK(format_elapsed(59) == "0m");
  CHECK(format_elapsed(38 * 60 + 59) == "38m");
  CHECK(format_elapsed(70 * 60) == "1h10m");
  CHECK(format_elapsed(2 * 3600 + 30) == "2h");
  CHECK(format_elapsed(-5) == "0m");
}

TEST_CASE("countdowns show seconds under a minute, else the nearest minute") {
  CHECK(format_countdown(45) == "45s");
  CHECK(format_countdown(0) == "0s");
  CHECK(format_countdown(60) == "1m");
  CHECK(format_countdown(89) == "1m");
  CHECK(format_countdown(90) == "2m");
  CHECK(format_countdown(12 * 60 - 10) == "12m");
  CHECK(format_countdown(3600 + 10 * 60) == "1h10m");
  CHECK(format_countdown(3599) == "1h");
}

TEST_CASE("the status line for each state reads as documented") {
  CHECK(format_status_line(active(12 * 60, 38 * 60)) == "next: micro break in 12m · sitting 38m");
  CHECK(format_status_line(active(45, 10)) == "next: micro break in 45s · sitting 0m");

  json paused = active(0, 0);
  paused["state"] = "paused";
  paused["paused"] = true;
  paused["paused_until"] = "2026-11-24T14:00:00+01:00";
  CHECK(format_status_line(paused) == "paused until 14:00 · sitting 0m");
  paused["paused_until"] = nullptr;
  CHECK(format_status_line(paused) == "paused · sitting 0m");

  json meeting = active(600, 70 * 60);
  meeting["state"] = "meeting";
  meeting["meeting_sources"] = {"camera", "microphone"};
  CHECK(format_status_line(meeting) == "in a meeting (camera, microphone) · sitting 1h10m");
  meeting["meeting_sources"] = json::array();
  CHECK(format_status_line(meeting) == "in a meeting · sitting 1h10m");

  json on_break = active(0, 0);
  on_break["state"] = "break";
  on_break["on_break"] = {{"kind", "rest"}, {"remaining_s", 180}};
  CHECK(format_status_line(on_break) == "on a rest break: 3m left");

  json due = active(0, 52 * 60);
  due["break_due"] = "micro";
  CHECK(format_status_line(due) == "break due: micro · sitting 52m");

  json idle = active(20 * 60, 0, "rest");
  idle["state"] = "idle";
  CHECK(format_status_line(idle) == "idle · next: rest break in 20m");
}

TEST_CASE("a break held by the grace after a meeting is said to come after it") {
  json held = active(0, 70 * 60);
  held["meeting_grace_s"] = 100;
  CHECK(format_status_line(held) == "next: micro break after your meeting, in 2m · sitting 1h10m");
  held["next_break"] = {{"kind", "rest"}, {"in_s", 45}};
  CHECK(format_status_line(held) == "next: rest break after your meeting, in 2m · sitting 1h10m");
  held["next_break"]["in_s"] = 600;
  CHECK(format_status_line(held) == "next: rest break in 10m · sitting 1h10m");
  held["meeting_grace_s"] = nullptr;
  held["next_break"]["in_s"] = 0;
  CHECK(format_status_line(held) == "next: rest break in 0s · sitting 1h10m");
}

TEST_CASE("no scheduled break and time outside working hours are said plainly") {
  json none = active(0, 5 * 60);
  none["next_break"] = nullptr;
  CHECK(format_status_line(none) == "no breaks scheduled · sitting 5m");
  json outside = active(600, 0);
  outside["outside_working_hours"] = true;
  CHECK(format_status_line(outside) ==
        "next: micro break in 10m · sitting 0m · outside working hours");
}

TEST_CASE("a status with missing or mistyped fields still formats") {
  CHECK(format_status_line(json::object()) == "no breaks scheduled · sitting 0m");
  CHECK(format_status_line(json{{"state", 3}, {"sitting_s", "lots"}, {"next_break", 5}}) ==
        "no breaks scheduled · sitting 0m");
  CHECK(format_status_line(json::array()) == "unknown status");
  CHECK(format_status_line(json{{"state", "break"}}) == "on a break: 0s left");
  CHECK(format_status_line(json{{"state", "paused"}, {"paused_until", "garbage"}}) ==
        "paused · sitting 0m");
}
