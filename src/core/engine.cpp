// The Engine's facts and commands. The rules it implements:
//
// Activity (activity.hpp). input(last_input) closes the current gap: a gap
//   shorter than idle.threshold counts as active time, a longer one counts
//   nothing from the last input on. Until a gap reaches the threshold its
//   time counts provisionally (status ticks, a break can fall due). Lock,
//   suspend and a running break are away time; a manual pause is away time
//   that counts for nothing; a meeting counts as active and sitting whatever
//   the input. Unlocking, a manual resume and every command but pause count
//   as presence; input reported while away only counts from its end. A poll
//   that comes up to 2 s after the idle threshold and finds newer input
//   counts as continuous typing (the idle source only keeps the latest).
// Natural breaks. A gap of at least max(duration, idle.threshold) counts as
//   that break taken as soon as it is reached (rest also resets micro). A
//   BreakEnded{natural} is only reported when the timer had reached half its
//   `every` or its prompt was pending: tiny resets are not worth a history
//   row. A pause is judged when it ends. The daily limit has no natural reset.
// Sitting. An away period of at least idle.sitting_reset, or starting a rest
//   break, ends the streak; shorter gaps and meetings count as sitting.
// Micro vs rest. Taking a rest (or a natural one) resets micro too. Micro is
//   not prompted while rest is due within micro.every/4 after it; when both
//   are due rest wins; rest falling due replaces a pending micro prompt (it
//   ends as snoozed, uncounted). Skipping rest also clears a micro break that
//   was due and only waiting for it. Priority when due together: daily, rest,
//   micro. Never two prompts: a break due meanwhile waits for the first.
// Prompts. BreakDue makes a prompt pending. An unanswered one repeats every
//   snooze.duration (ends as snoozed, counted, and is offered again); with no
//   snoozes left, non-strict ends it as skipped, strict keeps it pending
//   without repeats. Prompts (and repeats, warnings) wait for the user to be
//   present (not idle). A pause, meeting, its grace period or off hours hide
//   a pending prompt without an outcome; when the hold ends it is offered
//   again as BreakDue{reannounced}. snooze(d): BreakEnded{snoozed}, due again
//   after d of steady time; strict refuses once snooze.max is used (0 =
//   unlimited). With nothing pending, snooze postpones the next break by d
//   of active time (counted) and skip resets it (BreakEnded{skipped}).
// Breaks. start_break starts the pending prompt, or a break early; starting
//   rest while micro is pending ends the micro prompt as taken. A break ends
//   as taken at its duration or on done (strict: not before its duration);
//   skip/snooze end it as skipped/snoozed. The daily limit is not a break to
//   run: "start" on its prompt acknowledges it (taken); skip or taken means
//   no more daily prompts that day; a pending one ends as natural at the day
//   boundary.
// Pause. Nothing accumulates; a running break ends as taken; Paused/Resumed.
//   pause_until(wall) ends when the wall clock reaches it, so a clock change
//   moves it; a time not in the future is refused.
// Meetings. Sources are reference counted by name; MeetingHold on each change
//   of the set. When the last ends, prompts wait meetings.grace; a break that
//   was due at the end is then offered with after_meeting and its length,
//   unless the user was away long enough for a natural break meanwhile.
// Clocks. Intervals use steady time only. The local day = floor((wall +
//   utc_offset - day_starts) / 24h); when it grows, DayRolledOver and the
//   daily counters restart; a wall clock set back never restarts them.
// Working hours. With only_inside, prompts and warnings are held outside the
//   hours (timers keep counting) and offered when they start.
// State: break > paused > idle while suspended > meeting > idle > active.
#include <utility>

#include <algorithm>
#include <string>

#include "core/engine_impl.hpp"

namespace unknot {

namespace {
/// How late a poll at the idle threshold may come and still be read as "on time".
constexpr Duration kLateWake = std::chrono::seconds{2};

std::string kind_name(BreakKind kind) { return std::string(to_string(kind)); }
}  // namespace

Engine::Engine(Settings settings, Now now)
    : impl_(std::make_unique<Impl>(std::move(settings), now)) {
  impl_->state = impl_->current_state();
}
Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

const Settings& Engine::settings() const { return impl_->settings; }

void Engine::apply_settings(Settings settings, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  const Settings old = std::exchange(e.settings, std::move(settings));
  for (BreakKind kind : {BreakKind::micro, BreakKind::rest, BreakKind::daily}) {
    const bool was = kind == BreakKind::micro  ? old.micro.enabled
                     : kind == BreakKind::rest ? old.rest.enabled
                                               : old.daily.enabled;
    if (was && !e.enabled(kind) && e.prompt && e.prompt->kind == kind)
      e.end_prompt(Outcome::skipped);
    // A kind switched back on starts a fresh cycle, not one that kept
    // counting while nobody wanted it.
    if (!was && e.enabled(kind) && kind != BreakKind::daily) e.reset(kind);
  }
  e.update_mode();
  e.evaluate();
}

void Engine::input(SteadyTime last_input, Now now) {
  Impl& e = *impl_;
  last_input = std::min(last_input, now.steady);
  const bool fresh = e.activity.mode() == Presence::input && last_input > e.activity.gap_start();
  if (fresh) {
    const SteadyTime idle_at = e.activity.gap_start() + e.settings.idle.threshold;
    if (e.last.steady < idle_at && last_input >= idle_at && now.steady - idle_at <= kLateWake) {
      // The daemon polls at the idle threshold and wakes a little late; an
      // input newer than the last one then proves the user typed on through
      // the threshold (the idle source only reports the latest input).
      const SteadyTime bridge = idle_at - Duration{1};
      e.advance_through(bridge);
      e.activity.present(bridge, e.gap_rules());
    }
  }
  // Time up to the input passes first (a break may end at that instant), then
  // the input closes the gap if presence is still judged from input.
  e.advance_through(last_input);
  if (e.activity.mode() == Presence::input && last_input > e.activity.gap_start())
    e.activity.present(last_input, e.gap_rules());
  e.advance_to(now);
}

void Engine::session_locked(bool locked, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (e.locked == locked) return;
  e.locked = locked;
  e.update_mode();
  if (!locked) e.note_presence();  // unlocking takes the user's password
  e.evaluate();
}

void Engine::suspending(Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  e.suspended = true;
  e.update_mode();
  e.evaluate();
}

void Engine::resumed(Now now) {
  Impl& e = *impl_;
  e.advance_to(now);  // the sleep is judged as an away gap, deadline by deadline
  e.suspended = false;
  e.update_mode();
  e.evaluate();
}

void Engine::meeting_started(const std::string& source, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (++e.meetings[source] > 1) return;
  if (e.meetings.size() == 1) {
    // A meeting that starts within the grace period of the last one
    // continues it: back to back, the user has not stood up in between.
    if (!e.in_grace()) e.meeting_since = e.last.steady;
    e.grace_until.reset();
  }
  e.update_mode();
  std::vector<std::string> sources;
  for (const auto& [name, count] : e.meetings) sources.push_back(name);
  e.emit(MeetingHold{true, std::move(sources)});
  e.evaluate();
}

void Engine::meeting_stopped(const std::string& source, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  const auto it = e.meetings.find(source);
  if (it == e.meetings.end() || --it->second > 0) return;
  e.meetings.erase(it);
  std::vector<std::string> sources;
  for (const auto& [name, count] : e.meetings) sources.push_back(name);
  if (sources.empty()) {
    e.meeting_length = e.last.steady - e.meeting_since;
    e.grace_until = e.last.steady + e.settings.meetings.grace;
    for (BreakKind kind : {BreakKind::micro, BreakKind::rest, BreakKind::daily})
      e.due_in_meeting[index_of(kind)] = e.due(kind) || (e.prompt && e.prompt->kind == kind);
  }
  e.update_mode();
  e.emit(MeetingHold{!sources.empty(), std::move(sources)});
  e.evaluate();
}

CommandResult Engine::pause_for(std::optional<Duration> duration, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (duration && *duration <= Duration{})
    return CommandResult::refused("a pause must last longer than zero");
  PauseState p;
  if (duration) {
    p.until_steady = e.last.steady + *duration;
    p.shown_until = e.last.wall + *duration;
  }
  e.start_pause(p);
  e.evaluate();
  return CommandResult::success();
}

CommandResult Engine::pause_until(WallTime until, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (until <= e.last.wall) return CommandResult::refused("that time is not in the future");
  e.start_pause(PauseState{std::nullopt, until, until});
  e.evaluate();
  return CommandResult::success();
}

CommandResult Engine::resume(Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (!e.pause) return CommandResult::refused("not paused");
  e.finish_pause(true);
  e.evaluate();
  return CommandResult::success();
}

CommandResult Engine::start_break(std::optional<BreakKind> kind, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (e.pause) return CommandResult::refused("reminders are paused: resume first");
  if (e.running) return CommandResult::refused("a break is already running");
  std::optional<BreakKind> target = kind;
  if (e.prompt) {
    const BreakKind pending = e.prompt->kind;
    if (!target) target = pending;
    if (*target != pending && !(pending == BreakKind::micro && *target == BreakKind::rest))
      return CommandResult::refused("a " + kind_name(pending) +
                                    " break is due: start or snooze that one first");
  }
  if (!target) target = e.next_break(false);
  if (!target) return CommandResult::refused("every break is disabled");
  if (*target == BreakKind::daily) {
    if (!e.prompt || e.prompt->kind != BreakKind::daily)
      return CommandResult::refused("the daily limit is not a break to start");
    e.note_presence();
    e.end_prompt(Outcome::taken);
    e.evaluate();
    return CommandResult::success();
  }
  if (!e.enabled(*target))
    return CommandResult::refused(kind_name(*target) + " breaks are disabled");
  // Starting the rest break takes care of the micro break that was due.
  if (e.prompt && e.prompt->kind != *target) e.end_prompt(Outcome::taken);
  e.begin_break(*target);
  e.evaluate();
  return CommandResult::success();
}

CommandResult Engine::snooze(std::optional<Duration> duration, Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  const Duration d = duration.value_or(e.settings.snooze.duration);
  if (d <= Duration{}) return CommandResult::refused("a snooze must last longer than zero");
  std::optional<BreakKind> kind = e.running  ? std::optional(e.running->kind)
                                  : e.prompt ? std::optional(e.prompt->kind)
                                             : e.next_break(false);
  if (!kind) return CommandResult::refused("every break is disabled");
  if (!e.snooze_allowed(*kind))
    return CommandResult::refused("strict mode: no snoozes left for this break");
  e.note_presence();
  BreakTimer& timer = e.timers[index_of(*kind)];
  if (e.running) {
    e.finish_break(Outcome::snoozed, d);
  } else if (e.prompt) {
    e.end_prompt(Outcome::snoozed);
    timer.snoozed_until = e.last.steady + d;
  } else {
    // Nothing is due: the next break comes d of active time later.
    timer.cycle_start += d;
    timer.warned = false;
    ++timer.snoozes_used;
  }
  e.evaluate();
  return CommandResult::success();
}

CommandResult Engine::skip(Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (e.settings.breaks.strict) return CommandResult::refused("strict mode: skipping is disabled");
  e.note_presence();
  if (e.running) {
    e.finish_break(Outcome::skipped);
  } else if (e.prompt) {
    e.end_prompt(Outcome::skipped);
  } else {
    const auto kind = e.next_break(false);
    if (!kind) return CommandResult::refused("every break is disabled");
    e.emit(BreakEnded{*kind, Outcome::skipped, e.activity.sitting(e.last.steady, e.gap_rules())});
    e.reset(*kind);
  }
  e.evaluate();
  return CommandResult::success();
}

CommandResult Engine::done(Now now) {
  Impl& e = *impl_;
  e.advance_to(now);
  if (!e.running) return CommandResult::refused("no break is running");
  if (e.settings.breaks.strict && e.last.steady < e.running->ends_at)
    return CommandResult::refused("strict mode: the break is not over yet");
  e.finish_break(Outcome::taken);
  e.note_presence();
  e.evaluate();
  return CommandResult::success();
}

void Engine::advance(Now now) { impl_->advance_to(now); }

std::optional<SteadyTime> Engine::next_deadline() const { return impl_->deadline(); }

Status Engine::status(Now now) const {
  if (now.steady <= impl_->last.steady) return impl_->status_at();
  // Time has passed since the last call: look at a copy brought up to date,
  // so the snapshot is exact without the caller having to advance first.
  Impl copy = *impl_;
  copy.events.clear();
  copy.advance_to(now);
  return copy.status_at();
}

std::vector<TimedEvent> Engine::take_events() { return std::exchange(impl_->events, {}); }

}  // namespace unknot
