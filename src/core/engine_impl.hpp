#pragma once
// Engine internals, shared by engine.cpp (facts and commands),
// engine_rules.cpp (what the passing of time does) and engine_view.cpp
// (deadline and status). Not included outside src/core.
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/activity.hpp"
#include "core/engine.hpp"

namespace unknot {

/// One break kind's cycle, counted in Activity::active() terms.
struct BreakTimer {
  Duration cycle_start{};  ///< active() when the cycle began (moved on by postponing)
  bool warned = false;     ///< the warning of this cycle was given (or skipped)
  int snoozes_used = 0;
  std::optional<SteadyTime> snoozed_until;
};

/// A prompt the user has not answered yet.
struct Prompt {
  BreakKind kind;
  SteadyTime since;       ///< when it was last announced; repeats count from here
  bool announced = true;  ///< false while a hold (pause, meeting, off hours) hides it
  bool final = false;     ///< strict mode with snoozes used up: no more repeats
};

struct RunningBreak {
  BreakKind kind;
  SteadyTime ends_at;
};

struct PauseState {
  std::optional<SteadyTime> until_steady;  ///< pause_for
  std::optional<WallTime> until_wall;      ///< pause_until
  std::optional<WallTime> shown_until;     ///< what status and the event say
};

constexpr std::size_t index_of(BreakKind kind) { return static_cast<std::size_t>(kind); }

struct Engine::Impl {
  Impl(Settings s, Now now);

  Settings settings;
  Now last;  ///< the latest reading; every rule is evaluated at last.steady
  Activity activity;
  std::array<BreakTimer, 3> timers{};  ///< micro, rest, daily
  bool daily_done = false;             ///< the daily prompt was answered today
  std::optional<Prompt> prompt;
  std::optional<RunningBreak> running;
  std::optional<PauseState> pause;
  bool locked = false;
  bool suspended = false;
  std::map<std::string, int> meetings;  ///< source -> reference count
  SteadyTime meeting_since{};
  std::optional<SteadyTime> grace_until;
  std::array<bool, 3> due_in_meeting{};  ///< fell due during the meeting that ended
  Duration meeting_length{};
  SteadyTime natural_gap{};            ///< the gap natural_done belongs to
  std::array<bool, 2> natural_done{};  ///< micro, rest already applied in that gap
  std::int64_t day = 0;                ///< highest local day seen
  State state = State::active;
  std::vector<TimedEvent> events;

  /// deadline() for one reading and activity state; any evaluate() clears
  /// it, since every other change is followed by one before the next ask.
  struct DeadlineMemo {
    bool valid = false;
    Now at;
    std::uint64_t activity_version = 0;
    std::optional<SteadyTime> value;
  };
  mutable DeadlineMemo deadline_memo;
  mutable std::uint64_t deadline_asks = 0;  ///< debug builds verify every 16th answer

  // ---- time (engine_rules.cpp) ----
  [[nodiscard]] Now at(SteadyTime t) const;
  void advance_to(Now now);
  /// Handles every deadline up to t, then stands at t without evaluating it.
  void advance_through(SteadyTime t);
  void evaluate();
  void end_pause_if_due();
  void end_break_if_due();
  void roll_day_if_due();
  void end_grace_if_due();
  void apply_naturals(bool judge_pause = false);
  void natural(BreakKind kind);
  void end_snoozes();
  void warn();
  void repeat_prompt();
  void offer_prompt();
  void report_state();

  // ---- prompt and break lifecycle (engine_rules.cpp) ----
  void announce(BreakKind kind, bool reannounced);
  void end_prompt(Outcome outcome, bool counted = true);
  void begin_break(BreakKind kind);
  void finish_break(Outcome outcome, Duration snooze = {});
  void reset(BreakKind kind);
  void start_pause(PauseState pause);
  void finish_pause(bool by_user);
  void update_mode();
  void note_presence();
  void emit(Event event);

  // ---- questions (engine_view.cpp) ----
  [[nodiscard]] GapRules gap_rules() const;
  [[nodiscard]] bool enabled(BreakKind kind) const;
  [[nodiscard]] Duration every(BreakKind kind) const;
  [[nodiscard]] Duration duration(BreakKind kind) const;
  [[nodiscard]] Duration natural_threshold(BreakKind kind) const;
  [[nodiscard]] Duration cycle_start(BreakKind kind) const;
  [[nodiscard]] Duration elapsed(BreakKind kind) const;
  [[nodiscard]] Duration remaining(BreakKind kind) const;
  [[nodiscard]] bool snoozed(BreakKind kind) const;
  [[nodiscard]] bool due(BreakKind kind) const;
  [[nodiscard]] bool absorbed(BreakKind kind) const;
  [[nodiscard]] bool in_grace() const;
  [[nodiscard]] bool outside_hours() const;
  [[nodiscard]] bool hold_hides_prompts() const;
  [[nodiscard]] bool can_prompt() const;
  [[nodiscard]] bool snooze_allowed(BreakKind kind) const;
  [[nodiscard]] std::optional<BreakKind> next_break(bool include_daily) const;
  [[nodiscard]] State current_state() const;
  [[nodiscard]] std::optional<SteadyTime> deadline() const;
  [[nodiscard]] std::optional<SteadyTime> compute_deadline() const;
  [[nodiscard]] std::optional<SteadyTime> break_deadline()
      const;                               ///< dues, warnings, snoozes, repeats
  [[nodiscard]] Status status_at() const;  ///< as of `last`
};

// The small questions asked many times per instant, inline for speed.

inline GapRules Engine::Impl::gap_rules() const {
  return {settings.idle.threshold, settings.idle.sitting_reset};
}

inline bool Engine::Impl::enabled(BreakKind kind) const {
  switch (kind) {
    case BreakKind::micro:
      return settings.micro.enabled && settings.micro.every > Duration{};
    case BreakKind::rest:
      return settings.rest.enabled && settings.rest.every > Duration{};
    case BreakKind::daily:
      return settings.daily.enabled && settings.daily.limit > Duration{};
  }
  return false;
}

inline Duration Engine::Impl::every(BreakKind kind) const {
  switch (kind) {
    case BreakKind::micro:
      return settings.micro.every;
    case BreakKind::rest:
      return settings.rest.every;
    case BreakKind::daily:
      return settings.daily.limit;
  }
  return {};
}

inline Duration Engine::Impl::duration(BreakKind kind) const {
  return kind == BreakKind::micro  ? settings.micro.duration
         : kind == BreakKind::rest ? settings.rest.duration
                                   : Duration{};
}

inline Duration Engine::Impl::natural_threshold(BreakKind kind) const {
  // A gap shorter than the idle threshold is still active time, so it cannot
  // also be a break, whatever the configured duration.
  return std::max({duration(kind), settings.idle.threshold, Duration{1}});
}

inline Duration Engine::Impl::cycle_start(BreakKind kind) const {
  if (kind == BreakKind::daily) return activity.day_start_active();
  return timers[index_of(kind)].cycle_start;
}

inline Duration Engine::Impl::elapsed(BreakKind kind) const {
  return activity.active(last.steady, gap_rules()) - cycle_start(kind);
}

}  // namespace unknot
