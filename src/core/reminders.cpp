#include "core/reminders.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace unknot {

namespace {
constexpr std::array<std::string_view, 2> kCountsNames{"active", "wall"};
constexpr std::array<std::string_view, 2> kMeetingsNames{"hold", "ignore"};
}  // namespace

std::span<const std::string_view> reminder_counts_names() { return kCountsNames; }
std::span<const std::string_view> reminder_meetings_names() { return kMeetingsNames; }

ReminderFacts reminder_facts(const Status& status, const Now& now) {
  ReminderFacts facts;
  facts.now = now;
  facts.active = status.active_total;
  facts.present = status.state != State::idle;
  facts.paused = status.paused;
  facts.in_meeting = !status.meeting_sources.empty();
  facts.break_busy = status.break_due.has_value() || status.on_break.has_value();
  return facts;
}

std::string_view to_string(ReminderOutcome outcome) {
  return outcome == ReminderOutcome::done ? "done" : "snoozed";
}

Duration Reminders::elapsed(const Timer& t, const ReminderFacts& facts) {
  // Active time can shrink a little when a gap that counted provisionally
  // turns out to be idle: never count below the start.
  const Duration d = t.settings.counts == ReminderCounts::active
                         ? facts.active - t.active_start
                         : std::chrono::duration_cast<Duration>(facts.now.steady - t.wall_start);
  return std::max(d, Duration{});
}

Duration Reminders::remaining(const Timer& t, const ReminderFacts& facts) {
  if (t.due) return {};
  if (t.snoozed_until)
    return std::max(Duration{},
                    std::chrono::duration_cast<Duration>(*t.snoozed_until - facts.now.steady));
  return std::max(Duration{}, t.settings.every - elapsed(t, facts));
}

bool Reminders::may_show(const Timer& t, const ReminderFacts& facts) {
  if (!facts.present || facts.paused || facts.break_busy) return false;
  return !(facts.in_meeting && t.settings.meetings == ReminderMeetings::hold);
}

void Reminders::restart(Timer& t, const ReminderFacts& facts) {
  t.active_start = facts.active;
  t.wall_start = facts.now.steady;
  t.snoozed_until.reset();
  t.due = false;
  t.shown = false;
}

Reminders::Timer* Reminders::find(std::string_view id) {
  auto it = std::find_if(timers_.begin(), timers_.end(),
                         [&](const Timer& t) { return t.settings.id == id; });
  return it == timers_.end() ? nullptr : &*it;
}

void Reminders::apply(const std::vector<ReminderSettings>& list, const ReminderFacts& facts) {
  std::vector<Timer> next;
  for (const ReminderSettings& settings : list) {
    Timer t;
    if (Timer* old = find(settings.id)) {
      t = *old;
      // A reminder that switched what it counts starts over in the new terms.
      if (old->settings.counts != settings.counts) restart(t, facts);
    } else {
      restart(t, facts);
    }
    t.settings = settings;
    next.push_back(std::move(t));
  }
  for (const Timer& old : timers_) {
    const bool kept = std::any_of(next.begin(), next.end(),
                                  [&](const Timer& t) { return t.settings.id == old.settings.id; });
    if (old.shown && !kept) events_.emplace_back(ReminderHidden{old.settings.id});
  }
  timers_ = std::move(next);
  advance(facts);
}

void Reminders::advance(const ReminderFacts& facts) {
  for (Timer& t : timers_) {
    if (t.due) continue;
    if (t.snoozed_until ? facts.now.steady >= *t.snoozed_until
                        : elapsed(t, facts) >= t.settings.every) {
      t.snoozed_until.reset();
      t.due = true;
    }
  }
  for (Timer& t : timers_) {
    if (t.shown && !may_show(t, facts)) {
      t.shown = false;
      events_.emplace_back(ReminderHidden{t.settings.id});
    }
  }
  if (shown()) return;  // one notification at a time; the others wait their turn
  for (Timer& t : timers_) {
    if (!t.due || !may_show(t, facts)) continue;
    t.shown = true;
    const std::string& title = t.settings.title.empty() ? t.settings.id : t.settings.title;
    events_.emplace_back(ReminderDue{t.settings.id, title, t.settings.body});
    return;
  }
}

std::optional<SteadyTime> Reminders::next_deadline(const ReminderFacts& facts) const {
  std::optional<SteadyTime> out;
  auto consider = [&](SteadyTime at) { out = out ? std::min(*out, at) : at; };
  for (const Timer& t : timers_) {
    if (t.due) continue;  // waits for a fact (a break ending, presence), not for time
    if (t.snoozed_until)
      consider(*t.snoozed_until);
    else if (t.settings.counts == ReminderCounts::wall)
      consider(t.wall_start + t.settings.every);
    else if (facts.present && !facts.paused)
      // Active time runs at the clock's pace while the user is here; if they
      // leave, the engine's own idle deadline wakes the daemon to look again.
      consider(facts.now.steady + remaining(t, facts));
  }
  return out;
}

std::vector<ReminderStatus> Reminders::status(const ReminderFacts& facts) const {
  std::vector<ReminderStatus> out;
  for (const Timer& t : timers_) {
    const bool due = t.due || (t.snoozed_until ? facts.now.steady >= *t.snoozed_until
                                               : elapsed(t, facts) >= t.settings.every);
    out.push_back({t.settings.id, due ? Duration{} : remaining(t, facts), due});
  }
  return out;
}

CommandResult Reminders::done(std::string_view id, const ReminderFacts& facts) {
  Timer* t = find(id);
  if (!t) return CommandResult::refused("no reminder \"" + std::string(id) + "\"");
  restart(*t, facts);
  events_.emplace_back(ReminderAnswered{t->settings.id, ReminderOutcome::done});
  advance(facts);  // the next one waiting may show now
  return CommandResult::success();
}

CommandResult Reminders::snooze(std::string_view id, Duration duration,
                                const ReminderFacts& facts) {
  Timer* t = find(id);
  if (!t) return CommandResult::refused("no reminder \"" + std::string(id) + "\"");
  t->due = false;
  t->shown = false;
  t->snoozed_until = facts.now.steady + duration;
  events_.emplace_back(ReminderAnswered{t->settings.id, ReminderOutcome::snoozed});
  advance(facts);
  return CommandResult::success();
}

std::optional<std::string> Reminders::shown() const {
  for (const Timer& t : timers_)
    if (t.shown) return t.settings.id;
  return std::nullopt;
}

std::vector<ReminderEvent> Reminders::take_events() { return std::exchange(events_, {}); }

}  // namespace unknot
