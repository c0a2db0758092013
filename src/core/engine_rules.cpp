// What the passing of time does: every rule the engine applies at one
// instant, in a fixed order, plus the prompt and break lifecycle they share
// with the commands. The rules themselves are described in engine.cpp.
#include <algorithm>

#include "core/day_clock.hpp"
#include "core/engine_impl.hpp"

namespace unknot {

Engine::Impl::Impl(Settings s, Now now)
    : settings(std::move(s)),
      last(now),
      activity(now.steady),
      day(local_day(now, settings.daily.day_starts)) {}

Now Engine::Impl::at(SteadyTime t) const {
  // A moment between two readings: the wall clock is assumed to have moved
  // with steady time since the last one (a jump is only known at the next).
  return Now{t, last.wall + (t - last.steady), last.utc_offset};
}

void Engine::Impl::advance_to(Now now) {
  now.steady = std::max(now.steady, last.steady);
  // Each step moves `last` strictly forward (deadline() only returns later
  // times), so this ends; the bound is a guard against a rule bug.
  for (int guard = 0; guard < 1'000'000; ++guard) {
    const auto next = deadline();
    if (!next || *next > now.steady) break;
    last = at(*next);
    evaluate();
  }
  last = now;
  evaluate();
}

void Engine::Impl::advance_through(SteadyTime t) {
  t = std::max(t, last.steady);
  for (int guard = 0; guard < 1'000'000; ++guard) {
    const auto next = deadline();
    if (!next || *next > t) break;
    last = at(*next);
    evaluate();
  }
  last = at(t);
}

void Engine::Impl::evaluate() {
  deadline_memo.valid = false;
  // One rule can enable another at the same instant (a repeat ends a prompt,
  // then the next prompt is offered); a few passes settle everything.
  for (int pass = 0; pass < 4; ++pass) {
    const std::size_t before = events.size();
    end_pause_if_due();
    end_break_if_due();
    roll_day_if_due();
    end_grace_if_due();
    if (prompt && prompt->announced && hold_hides_prompts()) prompt->announced = false;
    activity.settle_streak(last.steady, gap_rules());
    apply_naturals();
    end_snoozes();
    warn();
    repeat_prompt();
    offer_prompt();
    if (events.size() == before) break;
  }
  report_state();
  deadline_memo.valid = false;
}

void Engine::Impl::emit(Event event) { events.push_back(TimedEvent{last, std::move(event)}); }

void Engine::Impl::end_pause_if_due() {
  if (!pause) return;
  const bool over = (pause->until_steady && last.steady >= *pause->until_steady) ||
                    (pause->until_wall && last.wall >= *pause->until_wall);
  if (over) finish_pause(false);
}

void Engine::Impl::end_break_if_due() {
  if (running && last.steady >= running->ends_at) finish_break(Outcome::taken);
}

void Engine::Impl::roll_day_if_due() {
  const std::int64_t today = local_day(last, settings.daily.day_starts);
  // A wall clock set back does not start the same day's counters again.
  if (today <= day) return;
  day = today;
  if (prompt && prompt->kind == BreakKind::daily) end_prompt(Outcome::natural);
  const DayTotals totals = activity.roll_day(last.steady, gap_rules());
  daily_done = false;
  timers[index_of(BreakKind::daily)] = BreakTimer{};
  emit(DayRolledOver{totals.active, totals.longest_sitting, totals.sitting});
}

void Engine::Impl::end_grace_if_due() {
  if (grace_until && last.steady >= *grace_until) grace_until.reset();
}

void Engine::Impl::apply_naturals(bool judge_pause) {
  // Not while a break runs (it ends as taken), in a meeting (the user is
  // there) or paused (the pause is judged as a whole when it ends).
  const Presence mode = activity.mode();
  const bool judged = mode == Presence::input || mode == Presence::away ||
                      (judge_pause && mode == Presence::paused);
  if (running || !judged) return;
  if (activity.gap_start() != natural_gap) {
    natural_gap = activity.gap_start();
    natural_done = {};
  }
  const Duration gap = activity.gap(last.steady);
  for (BreakKind kind : {BreakKind::micro, BreakKind::rest}) {
    bool& done = natural_done[index_of(kind)];
    if (!enabled(kind) || done || gap < natural_threshold(kind)) continue;
    done = true;
    natural(kind);
  }
}

void Engine::Impl::natural(BreakKind kind) {
  std::vector<BreakKind> kinds{kind};
  if (kind == BreakKind::rest && enabled(BreakKind::micro)) {
    kinds.push_back(BreakKind::micro);
    natural_done[index_of(BreakKind::micro)] = true;
  }
  for (BreakKind k : kinds) {
    if (prompt && prompt->kind == k) {
      end_prompt(Outcome::natural);
      continue;
    }
    // A reset of a timer that had barely started is not worth a history row.
    if (elapsed(k) >= every(k) / 2)
      emit(BreakEnded{k, Outcome::natural, activity.sitting(last.steady, gap_rules())});
    reset(k);
  }
}

void Engine::Impl::end_snoozes() {
  for (BreakTimer& timer : timers)
    if (timer.snoozed_until && last.steady >= *timer.snoozed_until) timer.snoozed_until.reset();
}

void Engine::Impl::warn() {
  const Duration lead = settings.breaks.warning;
  if (lead <= Duration{}) return;
  for (BreakKind kind : {BreakKind::daily, BreakKind::rest, BreakKind::micro}) {
    BreakTimer& timer = timers[index_of(kind)];
    if (!enabled(kind) || timer.warned || lead >= every(kind)) continue;
    if (kind == BreakKind::daily && daily_done) continue;
    const Duration done = elapsed(kind);
    if (done < every(kind) - lead) continue;
    timer.warned = true;  // once per cycle, even when it is not shown
    const bool pending = prompt && prompt->kind == kind;
    if (done >= every(kind) || pending || !can_prompt() || absorbed(kind)) continue;
    emit(BreakWarning{kind, every(kind) - done});
  }
}

void Engine::Impl::repeat_prompt() {
  if (!prompt || !prompt->announced || prompt->final || !can_prompt()) return;
  if (settings.snooze.duration <= Duration{}) return;
  if (last.steady < prompt->since + settings.snooze.duration) return;
  const int used = timers[index_of(prompt->kind)].snoozes_used;
  if (settings.snooze.max == 0 || used < settings.snooze.max)
    end_prompt(Outcome::snoozed);  // offer_prompt() announces it again at once
  else if (!settings.breaks.strict)
    end_prompt(Outcome::skipped);
  else
    prompt->final = true;
}

void Engine::Impl::offer_prompt() {
  if (!can_prompt()) return;
  if (prompt) {
    if (!prompt->announced) {
      announce(prompt->kind, true);
    } else if (prompt->kind == BreakKind::micro && due(BreakKind::rest)) {
      // The rest break satisfies the micro one: offer that instead.
      end_prompt(Outcome::snoozed, false);
      announce(BreakKind::rest, false);
    }
    return;
  }
  for (BreakKind kind : {BreakKind::daily, BreakKind::rest, BreakKind::micro}) {
    if (due(kind) && !absorbed(kind)) {
      announce(kind, false);
      return;
    }
  }
}

void Engine::Impl::report_state() {
  const State now = current_state();
  if (now == state) return;
  emit(StateChanged{state, now});
  state = now;
}

}  // namespace unknot
