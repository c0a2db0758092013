// The engine's questions about itself: which breaks are due, whether a
// prompt may be shown, the next deadline and the status snapshot. Nothing
// here changes state, so status() and next_deadline() can be const.
#include <algorithm>
#include <cassert>

#include "core/day_clock.hpp"
#include "core/engine_impl.hpp"

namespace unknot {

namespace {

constexpr std::array<BreakKind, 2> kCycling{BreakKind::micro, BreakKind::rest};

/// Keeps the earliest candidate strictly after `after`: a deadline at or
/// before the current reading has been handled, and returning it again
/// would make the caller spin.
class Earliest {
 public:
  explicit Earliest(SteadyTime after) : after_(after) {}
  void add(std::optional<SteadyTime> t) {
    if (t && *t > after_ && (!best_ || *t < *best_)) best_ = t;
  }
  [[nodiscard]] std::optional<SteadyTime> get() const { return best_; }

 private:
  SteadyTime after_;
  std::optional<SteadyTime> best_;
};

}  // namespace

Duration Engine::Impl::remaining(BreakKind kind) const {
  const auto& timer = timers[index_of(kind)];
  if (timer.snoozed_until && *timer.snoozed_until > last.steady)
    return *timer.snoozed_until - last.steady;
  return std::max(Duration{}, every(kind) - elapsed(kind));
}

bool Engine::Impl::snoozed(BreakKind kind) const {
  const auto& until = timers[index_of(kind)].snoozed_until;
  return until && last.steady < *until;
}

bool Engine::Impl::due(BreakKind kind) const {
  if (!enabled(kind) || snoozed(kind)) return false;
  if (kind == BreakKind::daily && daily_done) return false;
  return elapsed(kind) >= every(kind);
}

bool Engine::Impl::absorbed(BreakKind kind) const {
  // A micro break is not prompted when the rest break (which satisfies it)
  // is due within a quarter of the micro interval.
  if (kind != BreakKind::micro || !enabled(BreakKind::rest)) return false;
  const Duration rest_left =
      std::max(Duration{}, every(BreakKind::rest) - elapsed(BreakKind::rest));
  const Duration micro_left = std::max(Duration{}, every(kind) - elapsed(kind));
  return rest_left <= micro_left + settings.micro.every / 4;
}

bool Engine::Impl::in_grace() const { return grace_until && last.steady < *grace_until; }

bool Engine::Impl::outside_hours() const {
  return outside_working_hours(settings.working_hours, last);
}

bool Engine::Impl::hold_hides_prompts() const {
  return pause || !meetings.empty() || in_grace() || outside_hours();
}

bool Engine::Impl::can_prompt() const {
  // Prompts wait for the user to be at the desk: a prompt for someone away
  // would only turn into a natural break or a repeat nobody saw.
  if (running || activity.mode() != Presence::input) return false;
  if (activity.idle(last.steady, gap_rules())) return false;
  return !hold_hides_prompts();
}

bool Engine::Impl::snooze_allowed(BreakKind kind) const {
  const int max = settings.snooze.max;
  return !settings.breaks.strict || max == 0 || timers[index_of(kind)].snoozes_used < max;
}

std::optional<BreakKind> Engine::Impl::next_break(bool include_daily) const {
  std::optional<BreakKind> best;
  Duration best_left{};
  for (BreakKind kind : {BreakKind::daily, BreakKind::rest, BreakKind::micro}) {
    if (!enabled(kind) || (kind == BreakKind::daily && (!include_daily || daily_done))) continue;
    if (absorbed(kind) && enabled(BreakKind::rest)) continue;
    const Duration left = remaining(kind);
    if (!best || left < best_left) {
      best = kind;
      best_left = left;
    }
  }
  return best;
}

State Engine::Impl::current_state() const {
  if (running) return State::on_break;
  if (pause) return State::paused;
  // A suspended machine cannot be in a meeting, whatever a source last said.
  if (suspended) return State::idle;
  if (!meetings.empty()) return State::meeting;
  if (activity.idle(last.steady, gap_rules())) return State::idle;
  return State::active;
}

std::optional<SteadyTime> Engine::Impl::deadline() const {
  // Nothing changes before the deadline by definition, so an answer stays
  // good while time moves on towards it with no change of state or clocks.
  DeadlineMemo& m = deadline_memo;
  const bool same =
      m.valid && m.activity_version == activity.version() && m.at.utc_offset == last.utc_offset &&
      m.at.wall - m.at.steady.time_since_epoch() == last.wall - last.steady.time_since_epoch() &&
      m.at.steady <= last.steady && (!m.value || last.steady < *m.value);
  if (!same) m = DeadlineMemo{true, last, activity.version(), compute_deadline()};
#ifndef NDEBUG
  // Debug builds (the sanitizer run of the soak) check the memo now and then.
  if (++deadline_asks % 16 == 0) assert(m.value == compute_deadline());
#endif
  return m.value;
}

std::optional<SteadyTime> Engine::Impl::compute_deadline() const {
  const SteadyTime t = last.steady;
  const GapRules rules = gap_rules();
  Earliest e(t);
  if (pause && pause->until_steady) e.add(pause->until_steady);
  if (pause && pause->until_wall) e.add(wall_to_steady(*pause->until_wall, last));
  if (running) e.add(running->ends_at);
  e.add(day_start_steady(day + 1, settings.daily.day_starts, last));
  e.add(grace_until);
  e.add(next_working_hours_change(settings.working_hours, last));
  const Presence mode = activity.mode();
  const SteadyTime gap_start = activity.gap_start();
  if (mode == Presence::input && !activity.idle(t, rules)) e.add(gap_start + rules.idle);
  if (activity.in_streak() && mode != Presence::meeting) e.add(gap_start + rules.sitting_reset);
  if (!running && (mode == Presence::input || mode == Presence::away)) {
    for (BreakKind kind : kCycling) {
      const bool done = natural_gap == gap_start && natural_done[index_of(kind)];
      if (enabled(kind) && !done) e.add(gap_start + natural_threshold(kind));
    }
  }
  e.add(break_deadline());
  return e.get();
}

std::optional<SteadyTime> Engine::Impl::break_deadline() const {
  // Dues and warnings: when the active time reaches a target, if it grows.
  const SteadyTime t = last.steady;
  const GapRules rules = gap_rules();
  Earliest e(t);
  const Duration active = activity.active(t, rules);
  const Activity::Growth growth = activity.growth(t, rules);
  auto reach = [&](Duration target) -> std::optional<SteadyTime> {
    const SteadyTime at = t + (target - active);
    if (!growth.grows || (growth.until && at >= *growth.until)) return std::nullopt;
    return at;
  };
  const Duration lead = settings.breaks.warning;
  for (BreakKind kind : {BreakKind::micro, BreakKind::rest, BreakKind::daily}) {
    if (!enabled(kind) || (kind == BreakKind::daily && daily_done)) continue;
    const BreakTimer& timer = timers[index_of(kind)];
    e.add(timer.snoozed_until);
    const Duration due_at = cycle_start(kind) + every(kind);
    if (active < due_at) e.add(reach(due_at));
    if (!timer.warned && lead > Duration{} && lead < every(kind) && active < due_at - lead)
      e.add(reach(due_at - lead));
  }
  if (prompt && prompt->announced && !prompt->final && can_prompt() &&
      settings.snooze.duration > Duration{})
    e.add(prompt->since + settings.snooze.duration);
  return e.get();
}

Status Engine::Impl::status_at() const {
  const GapRules rules = gap_rules();
  const SteadyTime t = last.steady;
  Status s;
  s.state = current_state();
  if (const auto next = next_break(true)) s.next_break = NextBreak{*next, remaining(*next)};
  if (prompt) s.break_due = prompt->kind;
  if (running) {
    s.on_break = running->kind;
    s.break_remaining = std::max(Duration{}, running->ends_at - t);
  }
  s.sitting = activity.sitting(t, rules);
  s.active_total = activity.active(t, rules);
  s.active_today = std::max(Duration{}, activity.active(t, rules) - activity.day_start_active());
  s.sitting_today = activity.sitting_today(t, rules);
  s.longest_sitting_today = activity.longest_sitting_today(t, rules);
  s.paused = pause.has_value();
  if (pause) s.paused_until = pause->shown_until;
  for (const auto& [source, count] : meetings) s.meeting_sources.push_back(source);
  std::optional<BreakKind> about = s.break_due;
  if (!about && s.next_break) about = s.next_break->kind;
  if (about) s.snoozes_used = timers[index_of(*about)].snoozes_used;
  s.outside_working_hours = outside_hours();
  if (in_grace()) s.grace_left = *grace_until - t;
  return s;
}

}  // namespace unknot
