#include "protocol/tray_requests.hpp"

#include <catch2/catch.hpp>

#include "protocol/control_protocol.hpp"

using namespace std::chrono_literals;
using unknot::TrayAction;
using unknot::TrayActionKind;

namespace {

TrayAction of(TrayActionKind kind) {
  TrayAction action;
  action.kind = kind;
  return action;
}

/// The request as it goes over the wire (`unknot-ui --tray` sends this).
nlohmann::json wire(const TrayAction& action) {
  const auto request = unknot::tray_request(action);
  REQUIRE(request.has_value());
  return *request;
}

/// The request as the daemon's socket would parse it.
unknot::control::Request parsed(const TrayAction& action) {
  const auto request = unknot::tray_request(action);
  REQUIRE(request.has_value());
  const auto result = unknot::control::parse_request(wire(action).dump());
  REQUIRE(result.request.has_value());
  // What the socket reads is what the daemon's own tray hands its table.
  CHECK(*result.request == *request);
  return *result.request;
}

}  // namespace

TEST_CASE("pause items become pause requests the daemon accepts") {
  auto half_hour = of(TrayActionKind::pause_for);
  half_hour.duration = 30min;
  CHECK(wire(half_hour) == nlohmann::json::parse(R"({"cmd":"pause","args":{"duration_s":1800}})"));
  const auto request = parsed(half_hour);
  CHECK(request.command == unknot::control::Command::pause);
  auto tomorrow = of(TrayActionKind::pause_until);
  tomorrow.until = "07:30";
  CHECK(parsed(tomorrow).command == unknot::control::Command::pause);
  CHECK((wire(tomorrow))["args"]["until"] == "07:30");
  CHECK(parsed(of(TrayActionKind::pause)).command == unknot::control::Command::pause);
}

TEST_CASE("every control item maps to its command") {
  auto take = of(TrayActionKind::take_break);
  take.break_kind = unknot::BreakKind::rest;
  CHECK((wire(take))["args"]["kind"] == "rest");
  CHECK(parsed(take).command == unknot::control::Command::start_break);
  auto meeting = of(TrayActionKind::meeting);
  meeting.on = true;
  CHECK(parsed(meeting).command == unknot::control::Command::meeting);
  CHECK(parsed(meeting).on == true);
  CHECK(parsed(of(TrayActionKind::resume)).command == unknot::control::Command::resume);
  CHECK(parsed(of(TrayActionKind::snooze)).command == unknot::control::Command::snooze);
  CHECK(parsed(of(TrayActionKind::skip)).command == unknot::control::Command::skip);
  CHECK(parsed(of(TrayActionKind::quit)).command == unknot::control::Command::quit);
}

TEST_CASE("a focus item sends the whole new list as a settings change") {
  auto focus = of(TrayActionKind::focus_area);
  focus.area = "wrists";
  focus.focus_areas = {"neck", "wrists"};
  CHECK(wire(focus) == nlohmann::json::parse(
                           R"({"cmd":"settings","args":{"set":{"exercises":
                                               {"focus_areas":["neck","wrists"]}}}})"));
  CHECK(parsed(focus).command == unknot::control::Command::settings);
}

TEST_CASE("window items stay local") {
  for (auto kind : {TrayActionKind::statistics, TrayActionKind::settings,
                    TrayActionKind::open_routines, TrayActionKind::about, TrayActionKind::activate})
    CHECK_FALSE(unknot::tray_request(of(kind)).has_value());
}
