#include "platform/idle_source.hpp"

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "platform/log.hpp"
#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

using namespace std::chrono_literals;
using unknot::test::DesktopSession;
using unknot::test::run_command;
using unknot::test::wait_until;

namespace {

/// Collects warnings while alive.
struct CapturedWarnings {
  std::vector<std::string> lines;
  unknot::LogSink previous;
  CapturedWarnings() {
    previous = unknot::set_log_sink([this](unknot::LogLevel level, std::string_view message) {
      if (level == unknot::LogLevel::warning) lines.emplace_back(message);
    });
  }
  ~CapturedWarnings() { unknot::set_log_sink(std::move(previous)); }
};

}  // namespace

TEST_CASE("on X11 the idle time grows while untouched and resets on mouse motion", "[idle]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = true, .dbus = false}};
  auto source = unknot::make_idle_source();
  REQUIRE(source->name() == "x11");

  const auto first = source->idle_time();
  REQUIRE(first.has_value());
  unknot::Duration latest{};
  REQUIRE(wait_until([&] {
    latest = source->idle_time().value_or(unknot::Duration::zero());
    return latest >= *first + 400ms;
  }));

  REQUIRE(run_command({"xdotool", "mousemove", "200", "150"}).exit_code == 0);
  const auto after_input = source->idle_time();
  REQUIRE(after_input.has_value());
  CHECK(*after_input < 300ms);
  CHECK(*after_input < latest);
}

TEST_CASE("the X11 backend is refused for a display that is not there", "[idle]") {
  unknot::test::TempHome home;
  CHECK(unknot::make_x11_idle_source(":64999") == nullptr);
}

TEST_CASE("without DISPLAY the user counts as active, with a warning", "[idle]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = false}};
  CapturedWarnings warnings;
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "none");
  CHECK(source->idle_time() == unknot::Duration::zero());
  REQUIRE(warnings.lines.size() == 1);
  CHECK_THAT(warnings.lines[0], Catch::Contains("DISPLAY"));
}

TEST_CASE("an unreachable DISPLAY also falls back to none, with a warning", "[idle]") {
  unknot::test::TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = false}};
  ::setenv("DISPLAY", ":64999", 1);  // restored by the session
  CapturedWarnings warnings;
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "none");
  REQUIRE(warnings.lines.size() == 1);
  CHECK_THAT(warnings.lines[0], Catch::Contains(":64999"));
}
