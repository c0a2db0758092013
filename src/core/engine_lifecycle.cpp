// The lifecycle of prompts, running breaks and pauses, shared by the time
// rules (engine_rules.cpp) and the commands (engine.cpp).
#include <algorithm>

#include "core/engine_impl.hpp"

namespace unknot {

void Engine::Impl::announce(BreakKind kind, bool reannounced) {
  const std::size_t i = index_of(kind);
  const bool after_meeting = due_in_meeting[i];
  due_in_meeting[i] = false;
  BreakDue due{kind,
               activity.sitting(last.steady, gap_rules()),
               after_meeting,
               after_meeting ? meeting_length : Duration{},
               timers[i].snoozes_used,
               !settings.breaks.strict,
               snooze_allowed(kind),
               reannounced};
  if (prompt) {
    prompt->since = last.steady;
    prompt->announced = true;
  } else {
    prompt = Prompt{kind, last.steady};
  }
  emit(due);
}

void Engine::Impl::end_prompt(Outcome outcome, bool counted) {
  const BreakKind kind = prompt->kind;
  prompt.reset();
  emit(BreakEnded{kind, outcome, activity.sitting(last.steady, gap_rules())});
  if (outcome == Outcome::snoozed) {
    if (counted) ++timers[index_of(kind)].snoozes_used;
    return;
  }
  // A skipped rest also clears a micro break that was only waiting for it:
  // prompting that right after the user declined the longer break would nag.
  const bool micro_waits = due(BreakKind::micro);
  reset(kind);
  if (kind == BreakKind::rest && (outcome != Outcome::skipped || micro_waits))
    reset(BreakKind::micro);
}

void Engine::Impl::reset(BreakKind kind) {
  const std::size_t i = index_of(kind);
  timers[i] = BreakTimer{};
  timers[i].cycle_start = activity.active(last.steady, gap_rules());
  due_in_meeting[i] = false;
  if (kind == BreakKind::daily) daily_done = true;
}

void Engine::Impl::begin_break(BreakKind kind) {
  prompt.reset();  // the running break now owes the prompt's BreakEnded
  note_presence();
  running = RunningBreak{kind, last.steady + duration(kind)};
  if (kind == BreakKind::rest) activity.end_streak(last.steady, gap_rules());
  update_mode();
  // The break's own stillness must not come back as a natural break.
  natural_gap = activity.gap_start();
  natural_done = {};
  natural_done[index_of(kind)] = true;
  if (kind == BreakKind::rest) natural_done[index_of(BreakKind::micro)] = true;
  emit(BreakStarted{kind, duration(kind)});
}

void Engine::Impl::finish_break(Outcome outcome, Duration snooze) {
  const BreakKind kind = running->kind;
  running.reset();
  update_mode();
  emit(BreakEnded{kind, outcome, activity.sitting(last.steady, gap_rules())});
  BreakTimer& timer = timers[index_of(kind)];
  if (outcome == Outcome::snoozed) {
    ++timer.snoozes_used;
    timer.snoozed_until = last.steady + snooze;
    return;
  }
  reset(kind);
  if (kind == BreakKind::rest && outcome == Outcome::taken) reset(BreakKind::micro);
}

void Engine::Impl::start_pause(PauseState p) {
  if (running) finish_break(Outcome::taken);
  pause = p;
  update_mode();
  emit(Paused{p.shown_until});
}

void Engine::Impl::finish_pause(bool by_user) {
  pause.reset();
  emit(Resumed{});
  // The pause counts as away time: judge the whole gap before a meeting or
  // the user's own "resume" closes it.
  apply_naturals(true);
  activity.settle_streak(last.steady, gap_rules());
  update_mode();
  if (by_user) note_presence();
}

void Engine::Impl::update_mode() {
  Presence mode = Presence::input;
  if (pause)
    mode = Presence::paused;
  else if (suspended || running)
    mode = Presence::away;
  else if (!meetings.empty())
    mode = Presence::meeting;
  else if (locked)
    mode = Presence::away;
  activity.set_mode(mode, last.steady, gap_rules());
}

void Engine::Impl::note_presence() {
  if (activity.mode() == Presence::input) activity.present(last.steady, gap_rules());
}

}  // namespace unknot
