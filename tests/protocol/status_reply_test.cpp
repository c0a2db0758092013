#include "protocol/status_reply.hpp"

#include <catch2/catch.hpp>

#include "support/sim_clock.hpp"

using namespace std::chrono_literals;
using nlohmann::json;
using unknot::BreakKind;
using unknot::State;
using unknot::Status;
using unknot::status_to_json;

TEST_CASE("an active status names the next break and the sitting time in seconds") {
  unknot::test::SimClock clock;
  Status status;
  status.state = State::active;
  status.next_break = unknot::NextBreak{BreakKind::micro, 12min + 500ms};
  status.sitting = 38min + 999ms;
  status.active_today = 2h;
  status.sitting_today = 3h;
  status.longest_sitting_today = 50min;
  status.snoozes_used = 1;

  const json j = status_to_json(status, "x11", clock.now());
  CHECK(j["state"] == "active");
  CHECK(j["next_break"] == json{{"kind", "micro"}, {"in_s", 721}});  // countdown rounds up
  CHECK(j["sitting_s"] == 2280);                                     // elapsed rounds down
  CHECK(j["paused"] == false);
  CHECK(j["paused_until"].is_null());
  CHECK(j["idle_source"] == "x11");
  CHECK(j["break_due"].is_null());
  CHECK(j["on_break"].is_null());
  CHECK(j["active_today_s"] == 7200);
  CHECK(j["sitting_today_s"] == 10800);
  CHECK(j["longest_sitting_today_s"] == 3000);
  CHECK(j["meeting_sources"] == json::array());
  CHECK(j["snoozes_used"] == 1);
  CHECK(j["outside_working_hours"] == false);
}

TEST_CASE("a pause until a time shows it in ISO 8601 with the local offset") {
  unknot::test::SimClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 24}, 9h, 1h);
  Status status;
  status.state = State::paused;
  status.paused = true;
  status.paused_until = clock.now().wall + 5h;  // 14:00 local
  const json j = status_to_json(status, "none", clock.now());
  CHECK(j["state"] == "paused");
  CHECK(j["paused"] == true);
  CHECK(j["paused_until"] == "2026-11-24T14:00:00+01:00");

  status.paused_until.reset();  // until resumed
  CHECK(status_to_json(status, "none", clock.now())["paused_until"].is_null());
}

TEST_CASE("a running break, a due break and a meeting are all visible") {
  unknot::test::SimClock clock;
  Status on_break;
  on_break.state = State::on_break;
  on_break.on_break = BreakKind::rest;
  on_break.break_remaining = 2min + 1ms;
  const json b = status_to_json(on_break, "x11", clock.now());
  CHECK(b["state"] == "break");
  CHECK(b["on_break"] == json{{"kind", "rest"}, {"remaining_s", 121}});

  Status due;
  due.break_due = BreakKind::micro;
  due.next_break.reset();
  CHECK(status_to_json(due, "x11", clock.now())["break_due"] == "micro");
  CHECK(status_to_json(due, "x11", clock.now())["next_break"].is_null());

  Status meeting;
  meeting.state = State::meeting;
  meeting.meeting_sources = {"camera", "microphone"};
  meeting.outside_working_hours = true;
  const json m = status_to_json(meeting, "mutter", clock.now());
  CHECK(m["state"] == "meeting");
  CHECK(m["meeting_sources"] == json{"camera", "microphone"});
  CHECK(m["outside_working_hours"] == true);
}

TEST_CASE("a countdown that has run out shows zero, never a negative number") {
  unknot::test::SimClock clock;
  Status status;
  status.next_break = unknot::NextBreak{BreakKind::rest, -3s};
  CHECK(status_to_json(status, "x11", clock.now())["next_break"]["in_s"] == 0);
}

TEST_CASE("a status reply reads back as it was written, whole seconds and offset included") {
  using unknot::StatusReply;
  StatusReply reply;
  reply.status.state = State::paused;
  reply.status.next_break = unknot::NextBreak{BreakKind::rest, 40min};
  reply.status.break_due = BreakKind::micro;
  reply.status.on_break = BreakKind::rest;
  reply.status.break_remaining = 3min;
  reply.status.sitting = 38min;
  reply.status.active_today = 2h;
  reply.status.sitting_today = 3h;
  reply.status.longest_sitting_today = 50min;
  reply.status.paused = true;
  reply.status.paused_until =
      unknot::WallTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 13h};
  reply.status.meeting_sources = {"camera", "manual"};
  reply.status.snoozes_used = 2;
  reply.status.outside_working_hours = true;
  reply.status.grace_left = 100s;
  reply.idle_source = "mutter";
  reply.utc_offset = 3600s;
  reply.idle = 42s;
  const json wire = reply;
  CHECK(wire["paused_until"] == "2026-11-24T14:00:00+01:00");
  CHECK(wire["idle_s"] == 42);
  CHECK(wire["meeting_grace_s"] == 100);
  CHECK(wire.get<StatusReply>() == reply);
  reply.status.grace_left.reset();
  CHECK(json(reply)["meeting_grace_s"].is_null());
  CHECK(json(reply).get<StatusReply>() == reply);
  reply.idle.reset();  // watch pushes leave it out
  CHECK_FALSE(json(reply).contains("idle_s"));
  CHECK(json(reply).get<StatusReply>() == reply);
}

TEST_CASE("a status from another daemon reads field by field, never throwing") {
  const auto reply = json::parse(R"({"state": "dreaming", "sitting_s": "long",
      "next_break": {"kind": "nap", "in_s": 60}, "meeting_sources": ["camera", 7],
      "paused": 1, "snoozes_used": 1})")
                         .get<unknot::StatusReply>();
  CHECK(reply.status.state == State::active);
  CHECK(reply.status.sitting == unknot::Duration{});
  CHECK_FALSE(reply.status.next_break.has_value());
  CHECK(reply.status.meeting_sources == std::vector<std::string>{"camera"});
  CHECK_FALSE(reply.status.paused);
  CHECK(reply.status.snoozes_used == 1);
  CHECK(json::array().get<unknot::StatusReply>() == unknot::StatusReply{});
}
