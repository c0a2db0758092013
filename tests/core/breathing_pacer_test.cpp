#include "core/breathing_pacer.hpp"

#include <catch2/catch.hpp>

using unknot::BreathingPattern;
using unknot::BreathPhase;
using unknot::pacer_at;

TEST_CASE("the pacer walks through 4-7-8 breathing phase by phase") {
  const BreathingPattern p{4, 7, 8, 0, 3};
  auto s = pacer_at(p, 0);
  CHECK(s.phase == BreathPhase::inhale);
  CHECK(s.seconds_left == Approx(4));
  CHECK(s.size == Approx(0));
  s = pacer_at(p, 2);
  CHECK(s.phase == BreathPhase::inhale);
  CHECK(s.progress == Approx(0.5));
  CHECK(s.size == Approx(0.5));  // half way in: half full
  s = pacer_at(p, 5);
  CHECK(s.phase == BreathPhase::hold);
  CHECK(s.seconds_left == Approx(6));
  CHECK(s.size == Approx(1));
  s = pacer_at(p, 13);
  CHECK(s.phase == BreathPhase::exhale);
  CHECK(s.seconds_left == Approx(6));
  CHECK(s.size < 1);
  CHECK(s.size > 0.5);
  // No hold after: the next breath starts right away.
  s = pacer_at(p, 19.5);
  CHECK(s.phase == BreathPhase::inhale);
  CHECK(s.cycle == 1);
}

TEST_CASE("the pacer grows on every inhale and shrinks on every exhale") {
  const BreathingPattern p{4, 4, 4, 4, 2};
  double previous = -1;
  for (double t = 0; t < 4; t += 0.25) {
    const double size = pacer_at(p, t).size;
    CHECK(size > previous);
    previous = size;
  }
  CHECK(pacer_at(p, 6).size == Approx(1));  // holding full
  previous = 1.01;
  for (double t = 8; t < 12; t += 0.25) {
    const double size = pacer_at(p, t).size;
    CHECK(size < previous);
    previous = size;
  }
  CHECK(pacer_at(p, 13).phase == BreathPhase::hold_after);
  CHECK(pacer_at(p, 13).size == Approx(0));
  CHECK(pacer_at(p, 17).cycle == 1);
}

TEST_CASE("the pacer says to breathe normally once every cycle is done") {
  const BreathingPattern p{4, 4, 4, 4, 3};
  CHECK(unknot::pattern_length(p) == Approx(48));
  CHECK(pacer_at(p, 47.9).phase == BreathPhase::hold_after);
  CHECK(pacer_at(p, 48).phase == BreathPhase::finished);
  CHECK(unknot::phase_word(pacer_at(p, 60).phase) == "Breathe normally");
  CHECK(unknot::phase_word(BreathPhase::inhale) == "Breathe in");
  CHECK(unknot::phase_word(BreathPhase::exhale) == "Breathe out");
}

TEST_CASE("a pattern with nothing to pace does not hang or divide by zero") {
  CHECK(pacer_at(BreathingPattern{0, 0, 0, 0, 3}, 1).phase == BreathPhase::finished);
  CHECK(pacer_at(BreathingPattern{4, 0, 4, 0, 0}, 1).phase == BreathPhase::finished);
  CHECK(pacer_at(BreathingPattern{4, -2, 4, 0, 1}, 4.5).phase == BreathPhase::exhale);
  CHECK(pacer_at(BreathingPattern{4, 0, 4, 0, 1}, -3).phase == BreathPhase::inhale);
}

TEST_CASE("a sigh's second, short breath in is a phase of its own") {
  // inhale 2 s, top up 1 s, exhale 6 s: the physiological sigh.
  BreathingPattern p{2, 0, 6, 0, 2};
  p.top_up = 1;
  CHECK(unknot::pattern_length(p) == Approx(18));
  CHECK(pacer_at(p, 1).phase == BreathPhase::inhale);
  CHECK(pacer_at(p, 2.5).phase == BreathPhase::top_up);
  CHECK(pacer_at(p, 2.5).seconds_left == Approx(0.5));
  CHECK(pacer_at(p, 4).phase == BreathPhase::exhale);
  CHECK(pacer_at(p, 9.5).phase == BreathPhase::inhale);
  CHECK(pacer_at(p, 9.5).cycle == 1);
  // The first breath stops short of full; the top-up fills the rest.
  CHECK(pacer_at(p, 1.999).size < 0.9);
  CHECK(pacer_at(p, 2.5).size > pacer_at(p, 1.999).size);
  CHECK(pacer_at(p, 2.999).size == Approx(1).margin(0.01));
  CHECK(unknot::phase_word(BreathPhase::top_up) == "Sip more");
}
