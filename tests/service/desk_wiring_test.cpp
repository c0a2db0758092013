#include "service/desk_wiring.hpp"

#include <catch2/catch.hpp>

#include "support/sim_clock.hpp"

using namespace std::chrono_literals;

TEST_CASE("desk facts reach the engine at the clock's time, each followed by a refresh",
          "[desk][wiring]") {
  unknot::test::SimClock clock;
  unknot::Engine engine{unknot::Settings{}, clock.now()};
  int refreshes = 0;
  const unknot::DeskEvents events = unknot::desk_events_for(
      engine, [&] { ++refreshes; }, [&] { return clock.now(); });

  clock.advance(1min);
  events.meeting("camera", true);
  events.meeting("fullscreen", true);
  auto status = engine.status(clock.now());
  CHECK(status.state == unknot::State::meeting);
  CHECK(status.meeting_sources == std::vector<std::string>{"camera", "fullscreen"});

  events.meeting("camera", false);
  events.meeting("fullscreen", false);
  CHECK(engine.status(clock.now()).meeting_sources.empty());
  CHECK(refreshes == 4);

  // A suspend is time away from the desk: sitting does not grow through it.
  engine.input(clock.now().steady, clock.now());
  const auto sitting_before = engine.status(clock.now()).sitting;
  events.suspending();
  clock.advance(2h);
  events.resumed();
  CHECK(engine.status(clock.now()).sitting <= sitting_before + 1min);
  CHECK(refreshes == 6);
  events.locked(true);
  events.locked(false);
  CHECK(refreshes == 8);
}
