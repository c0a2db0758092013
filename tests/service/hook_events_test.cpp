// Which hook each engine event runs, and the UNKNOT_* variables it gets.
#include "service/hook_events.hpp"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace std::chrono_literals;

namespace {
HookSettings all_hooks() { return {"light on", "light off", "status busy", "status free"}; }

std::string var(const HookCall& call, const std::string& name) {
  for (const auto& [key, value] : call.environment)
    if (key == name) return value;
  FAIL("no " << name << " in the hook's environment");
  return {};
}

TimedEvent at(Event event) { return {Now{}, std::move(event)}; }

Status sitting_for(Duration d) {
  Status s;
  s.sitting = d;
  return s;
}
}  // namespace

TEST_CASE("a break that starts runs break_start with its kind and the sitting time") {
  HookEvents hooks;
  const auto call =
      hooks.on_event(at(BreakStarted{BreakKind::rest, 5min}), sitting_for(52min), all_hooks());
  REQUIRE(call);
  CHECK(call->name == "break_start");
  CHECK(call->command == "light on");
  CHECK(var(*call, "UNKNOT_EVENT") == "break_start");
  CHECK(var(*call, "UNKNOT_BREAK_KIND") == "rest");
  CHECK(var(*call, "UNKNOT_OUTCOME").empty());
  CHECK(var(*call, "UNKNOT_SITTING_S") == "3120");
}

TEST_CASE("the end of a started break runs break_end with its outcome") {
  HookEvents hooks;
  (void)hooks.on_event(at(BreakStarted{BreakKind::micro, 30s}), {}, all_hooks());
  const auto call =
      hooks.on_event(at(BreakEnded{BreakKind::micro, Outcome::skipped, 1250s}), {}, all_hooks());
  REQUIRE(call);
  CHECK(call->command == "light off");
  CHECK(var(*call, "UNKNOT_EVENT") == "break_end");
  CHECK(var(*call, "UNKNOT_BREAK_KIND") == "micro");
  CHECK(var(*call, "UNKNOT_OUTCOME") == "skipped");
  CHECK(var(*call, "UNKNOT_SITTING_S") == "1250");
}

TEST_CASE("a prompt answered without starting and a natural break run no break_end") {
  HookEvents hooks;
  CHECK_FALSE(
      hooks.on_event(at(BreakEnded{BreakKind::micro, Outcome::skipped, 0s}), {}, all_hooks()));
  CHECK_FALSE(
      hooks.on_event(at(BreakEnded{BreakKind::rest, Outcome::natural, 0s}), {}, all_hooks()));
}

TEST_CASE("a break started twice over ends once") {
  HookEvents hooks;
  (void)hooks.on_event(at(BreakStarted{BreakKind::micro, 30s}), {}, all_hooks());
  CHECK(hooks.on_event(at(BreakEnded{BreakKind::micro, Outcome::taken, 0s}), {}, all_hooks()));
  CHECK_FALSE(
      hooks.on_event(at(BreakEnded{BreakKind::micro, Outcome::taken, 0s}), {}, all_hooks()));
}

TEST_CASE("meeting hooks run when prompts become held and released, not per source") {
  HookEvents hooks;
  const auto start =
      hooks.on_event(at(MeetingHold{true, {"camera"}}), sitting_for(10min), all_hooks());
  REQUIRE(start);
  CHECK(start->command == "status busy");
  CHECK(var(*start, "UNKNOT_EVENT") == "meeting_start");
  CHECK(var(*start, "UNKNOT_BREAK_KIND").empty());
  CHECK(var(*start, "UNKNOT_SITTING_S") == "600");
  CHECK(var(*start, "UNKNOT_MEETING_SOURCES") == "camera");
  CHECK_FALSE(hooks.on_event(at(MeetingHold{true, {"camera", "microphone"}}), {}, all_hooks()));
  CHECK_FALSE(hooks.on_event(at(MeetingHold{true, {"microphone"}}), {}, all_hooks()));
  const auto end = hooks.on_event(at(MeetingHold{false, {}}), {}, all_hooks());
  REQUIRE(end);
  CHECK(end->command == "status free");
  CHECK(var(*end, "UNKNOT_EVENT") == "meeting_end");
  CHECK(var(*end, "UNKNOT_MEETING_SOURCES").empty());
}

TEST_CASE("an empty hook runs nothing but the pairing still follows the events") {
  HookEvents hooks;
  HookSettings only_end;
  only_end.break_end = "log-break";
  CHECK_FALSE(hooks.on_event(at(BreakStarted{BreakKind::micro, 30s}), {}, only_end));
  const auto end =
      hooks.on_event(at(BreakEnded{BreakKind::micro, Outcome::taken, 0s}), {}, only_end);
  REQUIRE(end);
  CHECK(var(*end, "UNKNOT_OUTCOME") == "taken");
}

TEST_CASE("other events run no hook") {
  HookEvents hooks;
  CHECK_FALSE(hooks.on_event(at(BreakWarning{BreakKind::micro, 30s}), {}, all_hooks()));
  CHECK_FALSE(hooks.on_event(at(Paused{std::nullopt}), {}, all_hooks()));
  CHECK_FALSE(hooks.on_event(at(Resumed{}), {}, all_hooks()));
}
