// unknot-bench: replays one simulated year of realistic activity through the
// Engine, the way the daemon drives it (input reported at every wake-up,
// sleeping until the next deadline), and prints transitions per second.
// Target: the whole year in under 50 ms on one core. Not a test.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

#include <time.h>

#include "core/engine.hpp"
#include "support/sim_clock.hpp"

using namespace std::chrono_literals;
using namespace unknot;

namespace {

/// One stretch of the simulated year.
struct Segment {
  enum class Kind { typing, away, meeting_on, meeting_off, answer } kind;
  Duration length{};
};

Duration uniform(std::mt19937_64& rng, Duration lo, Duration hi) {
  return Duration{std::uniform_int_distribution<std::int64_t>(lo.count(), hi.count())(rng)};
}

/// A working day: typing bursts and pauses of every length, a few meetings,
/// lunch, the odd answered prompt; then the night.
void plan_workday(std::mt19937_64& rng, std::vector<Segment>& out) {
  Duration day{};
  int meetings = std::uniform_int_distribution<int>(0, 3)(rng);
  while (day < 9h) {
    const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
    if (roll < 2 && meetings > 0) {
      --meetings;
      const Duration length = uniform(rng, 20min, 70min);
      out.push_back({Segment::Kind::meeting_on, {}});
      out.push_back({Segment::Kind::away, length});
      out.push_back({Segment::Kind::meeting_off, {}});
      day += length;
    } else if (roll < 4) {
      out.push_back({Segment::Kind::answer, {}});
    } else {
      const Duration typing = uniform(rng, 5s, 60s);
      const Duration pause = roll < 80   ? uniform(rng, 16s, 40s)
                             : roll < 95 ? uniform(rng, 1min, 6min)
                                         : uniform(rng, 6min, 40min);
      out.push_back({Segment::Kind::typing, typing});
      out.push_back({Segment::Kind::away, pause});
      day += typing + pause;
    }
  }
  out.push_back({Segment::Kind::away, 24h - day});
}

std::vector<Segment> plan_year(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Segment> year;
  for (int day = 0; day < 365; ++day) {
    if (day % 7 >= 5)
      year.push_back({Segment::Kind::away, 24h});
    else
      plan_workday(rng, year);
  }
  return year;
}

struct Replay {
  std::int64_t transitions = 0;  ///< input starting or stopping
  std::int64_t calls = 0;        ///< engine calls, as a daemon would make them
  std::int64_t events = 0;
};

/// Sleeps deadline to deadline through `length`, reporting input if typing.
void pass(Engine& engine, test::SimClock& clock, Duration length, bool typing, Replay& r) {
  const SteadyTime end = clock.now().steady + length;
  for (;;) {
    if (typing)
      engine.input(clock.now().steady, clock.now());
    else
      engine.advance(clock.now());
    ++r.calls;
    r.events += static_cast<std::int64_t>(engine.take_events().size());
    if (clock.now().steady >= end) return;
    const auto next = engine.next_deadline();
    const SteadyTime target = next && *next < end ? *next : end;
    clock.advance(target - clock.now().steady);
  }
}

Replay replay(const std::vector<Segment>& year) {
  test::SimClock clock;
  Engine engine(Settings{}, clock.now());
  Replay r;
  bool answer_take = true;
  for (const Segment& s : year) {
    switch (s.kind) {
      case Segment::Kind::typing:
        ++r.transitions;
        pass(engine, clock, s.length, true, r);
        break;
      case Segment::Kind::away:
        ++r.transitions;
        pass(engine, clock, s.length, false, r);
        break;
      case Segment::Kind::meeting_on:
        engine.meeting_started("camera", clock.now());
        break;
      case Segment::Kind::meeting_off:
        engine.meeting_stopped("camera", clock.now());
        break;
      case Segment::Kind::answer:
        if (answer_take)
          (void)engine.start_break(std::nullopt, clock.now());
        else
          (void)engine.snooze(std::nullopt, clock.now());
        answer_take = !answer_take;
        break;
    }
  }
  return r;
}

/// CPU time of this thread: the machine is shared, and wall time would
/// count other processes' turns on the core.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

int main() {
  const std::vector<Segment> year = plan_year(2026);
  replay(year);  // warm up caches and the allocator
  constexpr int kRounds = 5;
  double best_cpu = 1e9;
  double best_wall = 1e9;
  Replay r;
  for (int i = 0; i < kRounds; ++i) {
    const double cpu_start = cpu_ms();
    const auto wall_start = std::chrono::steady_clock::now();
    r = replay(year);
    const std::chrono::duration<double, std::milli> wall =
        std::chrono::steady_clock::now() - wall_start;
    best_cpu = std::min(best_cpu, cpu_ms() - cpu_start);
    best_wall = std::min(best_wall, wall.count());
  }
  std::printf("one simulated year: %lld input transitions, %lld engine calls, %lld events\n",
              static_cast<long long>(r.transitions), static_cast<long long>(r.calls),
              static_cast<long long>(r.events));
  std::printf("total %.1f ms CPU (%.1f ms wall), best of %d\n", best_cpu, best_wall, kRounds);
  std::printf("%.2f M transitions/s, %.0f ns per engine call\n",
              static_cast<double>(r.transitions) / best_cpu / 1e3,
              best_cpu * 1e6 / static_cast<double>(r.calls));
  std::printf("target, the year in under 50 ms: %s\n", best_cpu < 50.0 ? "met" : "MISSED");
  return 0;
}
