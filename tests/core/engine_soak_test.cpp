// A randomized soak: thousands of random days of activity, meetings, locks,
// suspends, commands, settings changes and clock jumps, with the engine's
// invariants checked after every call. UNKNOT_SOAK_DAYS raises the count.
#include <cstdlib>
#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "core/engine.hpp"
#include "support/sim_clock.hpp"

using namespace std::chrono_literals;
using namespace unknot;

namespace {

// Millions of checks: count them cheaply, report through Catch only on failure.
#define ENSURE(cond)                               \
  do {                                             \
    if (!(cond)) FAIL("invariant broken: " #cond); \
  } while (false)
#define ENSURE_NOT(cond) ENSURE(!(cond))

/// Follows the event stream and fails on the first broken invariant.
class InvariantChecker {
 public:
  explicit InvariantChecker(const Now& start) : start_(start) {}

  void check(Engine& engine, const Now& now) {
    ++checks_;
    for (const TimedEvent& e : engine.take_events()) on_event(e);
    const Status s = engine.status(now);
    ENSURE((s.state == State::on_break) == running_.has_value());
    ENSURE(s.on_break == running_);
    ENSURE(s.paused == paused_);
    ENSURE(s.break_due == prompt_);
    ENSURE(!(s.break_due && s.on_break));
    // Active time never exceeds the time that passed.
    ENSURE(active_before_ + s.active_today <= now.steady - start_.steady);
    ENSURE(s.sitting <= now.steady - start_.steady);
    ENSURE(s.active_today >= Duration{});
    if (const auto next = engine.next_deadline()) ENSURE(*next > now.steady);
  }

  [[nodiscard]] std::int64_t checks() const { return checks_; }
  [[nodiscard]] std::int64_t prompts() const { return prompts_; }
  [[nodiscard]] std::int64_t outcomes() const { return outcomes_; }

 private:
  void on_event(const TimedEvent& e) {
    if (const auto* due = std::get_if<BreakDue>(&e.event)) return on_due(*due);
    if (const auto* start = std::get_if<BreakStarted>(&e.event)) {
      ENSURE_NOT(running_);
      ENSURE((!prompt_ || *prompt_ == start->kind));
      prompt_.reset();
      running_ = start->kind;
    } else if (const auto* ended = std::get_if<BreakEnded>(&e.event)) {
      on_ended(*ended);
    } else if (std::holds_alternative<Paused>(e.event)) {
      paused_ = true;
    } else if (std::holds_alternative<Resumed>(e.event)) {
      ENSURE(paused_);
      paused_ = false;
    } else if (const auto* hold = std::get_if<MeetingHold>(&e.event)) {
      in_meeting_ = hold->on;
    } else if (const auto* day = std::get_if<DayRolledOver>(&e.event)) {
      active_before_ += day->active_yesterday;
    } else if (const auto* change = std::get_if<StateChanged>(&e.event)) {
      ENSURE(change->from == state_);
      ENSURE(change->from != change->to);
      state_ = change->to;
    }
  }

  void on_due(const BreakDue& due) {
    // No prompt during a pause, a meeting or a running break, never two at once.
    ENSURE_NOT(paused_);
    ENSURE_NOT(in_meeting_);
    ENSURE_NOT(running_);
    if (due.reannounced) {
      ENSURE(prompt_ == due.kind);
    } else {
      ENSURE_NOT(prompt_);
      ++prompts_;
    }
    prompt_ = due.kind;
  }

  void on_ended(const BreakEnded& ended) {
    // Every prompt and every running break ends with exactly one outcome;
    // any other ending is a natural break or a skip of the next break.
    ++outcomes_;
    if (running_ && *running_ == ended.kind) {
      running_.reset();
    } else if (prompt_ && *prompt_ == ended.kind) {
      prompt_.reset();
    } else {
      ENSURE((ended.outcome == Outcome::natural || ended.outcome == Outcome::skipped));
      --outcomes_;
    }
  }

  Now start_;
  Duration active_before_{};
  std::optional<BreakKind> prompt_;
  std::optional<BreakKind> running_;
  bool paused_ = false;
  bool in_meeting_ = false;
  State state_ = State::active;
  std::int64_t checks_ = 0;
  std::int64_t prompts_ = 0;
  std::int64_t outcomes_ = 0;
};

/// Drives one engine through random days like a daemon would.
class SoakDriver {
 public:
  explicit SoakDriver(std::uint64_t seed)
      : rng_(seed), engine_(random_settings(), clock_.now()), checker_(clock_.now()) {
    checker_.check(engine_, clock_.now());
  }

  void run_day() {
    const auto end = clock_.now().steady + 10h;
    while (clock_.now().steady < end) step();
    // The night: idle, asleep or locked until the next morning.
    const Duration night = minutes(12 * 60 + pick(0, 120));
    switch (pick(0, 2)) {
      case 0:
        pass(night, false);
        break;
      case 1:
        suspend(night);
        break;
      default:
        lock(night);
        break;
    }
  }

  InvariantChecker& checker() { return checker_; }

 private:
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  static Duration minutes(int m) { return std::chrono::minutes{m}; }
  Duration some(Duration lo, Duration hi) {
    return Duration{std::uniform_int_distribution<std::int64_t>(lo.count(), hi.count())(rng_)};
  }

  Settings random_settings() {
    Settings s;
    s.micro = {pick(0, 5) > 0, minutes(pick(5, 30)), std::chrono::seconds{pick(10, 90)}};
    s.rest = {pick(0, 5) > 0, minutes(pick(30, 90)), minutes(pick(2, 10))};
    s.daily = {pick(0, 1) == 1, minutes(pick(60, 480)), TimeOfDay{pick(0, 6 * 60)}};
    s.snooze = {minutes(pick(1, 10)), pick(0, 3)};
    s.breaks.strict = pick(0, 2) == 0;
    s.breaks.warning = std::chrono::seconds{pick(0, 2) * 30};
    s.idle = {std::chrono::seconds{pick(5, 60)}, minutes(pick(2, 10))};
    s.meetings.grace = minutes(pick(0, 5));
    s.working_hours.only_inside = pick(0, 3) == 0;
    return s;
  }

  void step() {
    const int roll = pick(0, 15);
    if (roll < 8)
      activity_step(roll);
    else
      other_step(roll);
    checker_.check(engine_, clock_.now());
  }

  void activity_step(int roll) {
    if (roll < 4) return pass(some(1min, 50min), true);
    if (roll < 6) return pass(some(1s, 20min), false);
    if (roll == 6) return lock(some(30s, 40min));
    suspend(some(10s, 80min));
  }

  void other_step(int roll) {
    const Now& now = clock_.now();
    switch (roll) {
      case 8:
        meeting();
        break;
      case 9:
        pause();
        break;
      case 10:
      case 11:
        answer(pick(0, 5));
        pass(some(1s, 5min), true);
        break;
      case 12:
        engine_.apply_settings(tweak(engine_.settings()), now);
        break;
      case 13:
        clock_.step_wall(some(-90min, 90min));
        engine_.advance(clock_.now());
        break;
      case 14:
        clock_.set_utc_offset(now.utc_offset + (pick(0, 1) ? 1h : -1h));
        engine_.advance(clock_.now());
        break;
      default:
        pass(some(1min, 15min), true);
        break;
    }
  }

  /// Lets d pass deadline by deadline, the user typing when `working`.
  void pass(Duration d, bool working) {
    const SteadyTime end = clock_.now().steady + d;
    for (;;) {
      if (working)
        engine_.input(clock_.now().steady - some(0ms, 3s), clock_.now());
      else
        engine_.advance(clock_.now());
      checker_.check(engine_, clock_.now());
      if (working && pick(0, 30) == 0) answer(pick(0, 5));
      if (clock_.now().steady >= end) return;
      const auto next = engine_.next_deadline();
      SteadyTime target = next ? std::min(*next, end) : end;
      // Daemons wake a little late, and real input arrives between deadlines.
      if (working && pick(0, 3) == 0) target = std::min(end, clock_.now().steady + some(1s, 20s));
      target = std::min(end, target + some(0ms, 300ms));
      clock_.advance(std::max(Duration{1}, target - clock_.now().steady));
    }
  }

  void answer(int how) {
    const Now& now = clock_.now();
    switch (how) {
      case 0:
        (void)engine_.start_break(std::nullopt, now);
        break;
      case 1:
        (void)engine_.snooze(pick(0, 1) ? std::nullopt : std::optional(some(1min, 20min)), now);
        break;
      case 2:
        (void)engine_.skip(now);
        break;
      case 3:
        (void)engine_.done(now);
        break;
      case 4:
        (void)engine_.start_break(static_cast<BreakKind>(pick(0, 2)), now);
        break;
      default:
        break;
    }
    checker_.check(engine_, now);
  }

  void lock(Duration d) {
    engine_.session_locked(true, clock_.now());
    checker_.check(engine_, clock_.now());
    pass(d, false);
    engine_.session_locked(false, clock_.now());
  }

  void suspend(Duration d) {
    if (pick(0, 3) > 0) engine_.suspending(clock_.now());  // sometimes only a clock jump
    checker_.check(engine_, clock_.now());
    clock_.advance(d);
    engine_.resumed(clock_.now());
  }

  void meeting() {
    static const char* const kSources[] = {"camera", "microphone", "calendar", "manual"};
    // Meetings overlap and nest, but most end soon after they start.
    const std::string source = kSources[pick(0, 3)];
    const Status s = engine_.status(clock_.now());
    if (s.meeting_sources.empty() || pick(0, 3) == 0) {
      engine_.meeting_started(source, clock_.now());
      pass(some(5min, 90min), pick(0, 1) == 1);
    }
    for (const auto& active : engine_.status(clock_.now()).meeting_sources)
      if (pick(0, 3) > 0) engine_.meeting_stopped(active, clock_.now());
  }

  void pause() {
    const Now& now = clock_.now();
    switch (pick(0, 3)) {
      case 0:
        (void)engine_.pause_for(some(1min, 90min), now);
        break;
      case 1:
        (void)engine_.pause_until(now.wall + some(-10min, 3h), now);
        break;
      case 2:
        (void)engine_.pause_for(std::nullopt, now);
        break;
      default:
        break;
    }
    pass(some(1min, 60min), false);
    if (pick(0, 2) > 0) (void)engine_.resume(clock_.now());
  }

  Settings tweak(Settings s) {
    switch (pick(0, 5)) {
      case 0:
        s.micro.enabled = !s.micro.enabled;
        break;
      case 1:
        s.rest.every = minutes(pick(10, 90));
        break;
      case 2:
        s.breaks.strict = !s.breaks.strict;
        break;
      case 3:
        s.daily.enabled = !s.daily.enabled;
        break;
      case 4:
        s.micro.every = minutes(pick(3, 30));
        break;
      default:
        s.idle.threshold = std::chrono::seconds{pick(5, 60)};
        break;
    }
    return s;
  }

  std::mt19937_64 rng_;
  test::SimClock clock_;
  Engine engine_;
  InvariantChecker checker_;
};

int soak_days() {
  if (const char* env = std::getenv("UNKNOT_SOAK_DAYS")) return std::max(1, std::atoi(env));
  return 1500;  // about 10 s of CPU in a Debug+ASan build
}

}  // namespace

TEST_CASE("random days keep every engine invariant", "[soak]") {
  const int days = soak_days();
  constexpr int kDaysPerEngine = 20;  // fresh random settings every few weeks
  std::int64_t checks = 0;
  std::int64_t prompts = 0;
  std::int64_t outcomes = 0;
  for (int run = 0; run * kDaysPerEngine < days; ++run) {
    SoakDriver driver(static_cast<std::uint64_t>(run) + 1);
    for (int day = 0; day < kDaysPerEngine && run * kDaysPerEngine + day < days; ++day)
      driver.run_day();
    checks += driver.checker().checks();
    prompts += driver.checker().prompts();
    outcomes += driver.checker().outcomes();
  }
  WARN("soak: " << days << " days, " << checks << " checked steps, " << prompts << " prompts, "
                << outcomes << " outcomes");
  // The soak must actually exercise prompts and their outcomes.
  CHECK(prompts > days);
  CHECK(outcomes > days / 2);
}
