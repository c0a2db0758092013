// Idle time on Windows: the real GetLastInputInfo, fed by synthetic input.
#include <catch2/catch.hpp>
#include <windows.h>

#include "platform/idle_source.hpp"
#include "support/test_env.hpp"

using namespace std::chrono_literals;

namespace {

/// A zero-distance mouse move, which counts as user input for the system.
void nudge_mouse() {
  INPUT input{};
  input.type = INPUT_MOUSE;
  input.mi.dwFlags = MOUSEEVENTF_MOVE;
  REQUIRE(SendInput(1, &input, sizeof input) == 1);
}

}  // namespace

TEST_CASE("Windows' idle source is chosen and reads the time since the last input",
          "[idle][windows]") {
  unknot::test::unset_env("UNKNOT_IDLE_SOURCE");
  auto source = unknot::make_idle_source();
  REQUIRE(source);
  CHECK(source->name() == "windows");
  nudge_mouse();
  const auto idle = source->idle_time();
  REQUIRE(idle);
  // Just touched: well under any idle threshold (15 s by default).
  CHECK(*idle < 2s);
  CHECK(*idle >= 0ms);
}

TEST_CASE("UNKNOT_IDLE_SOURCE=none treats the user as always active", "[idle][windows]") {
  unknot::test::set_env("UNKNOT_IDLE_SOURCE", "none");
  auto source = unknot::make_idle_source();
  unknot::test::unset_env("UNKNOT_IDLE_SOURCE");
  REQUIRE(source);
  CHECK(source->name() == "none");
  CHECK(source->idle_time() == 0ms);
}
