#include "core/activity.hpp"

#include <algorithm>

namespace unknot {

Activity::Activity(SteadyTime start) : mode_since_(start), gap_start_(start) {}

Activity::Excluded Activity::excluded(SteadyTime t) const {
  Excluded ex = excluded_;
  const Duration open = std::max(Duration::zero(), t - mode_since_);
  if (mode_ == Presence::away) ex.active += open;
  if (mode_ == Presence::paused) {
    ex.active += open;
    ex.sitting += open;
  }
  return ex;
}

Duration Activity::provisional_active(SteadyTime t, const GapRules& rules) const {
  const Duration g = std::max(Duration::zero(), t - gap_start_);
  if (mode_ == Presence::meeting) return g;
  if (g >= rules.idle) return Duration::zero();
  return std::max(Duration::zero(), g - excluded(t).active);
}

Duration Activity::provisional_sitting(SteadyTime t, const GapRules& rules) const {
  if (!in_streak_) return Duration::zero();
  const Duration g = std::max(Duration::zero(), t - gap_start_);
  if (mode_ == Presence::meeting) return g;
  if (g >= rules.sitting_reset) return Duration::zero();
  return std::max(Duration::zero(), g - excluded(t).sitting);
}

Duration Activity::active(SteadyTime t, const GapRules& rules) const {
  if (memo_.version != version_ || memo_.t != t || memo_.idle != rules.idle)
    memo_ = Memo{t, rules.idle, version_, active_ + provisional_active(t, rules)};
  return memo_.value;
}

Activity::Growth Activity::growth(SteadyTime t, const GapRules& rules) const {
  if (mode_ == Presence::meeting) return {true, std::nullopt};
  // Provisional time grows one to one only while the gap is short and the
  // mode lets it count; it stops (and is dropped) at the idle threshold.
  if (mode_ != Presence::input || t - gap_start_ >= rules.idle) return {};
  return {true, gap_start_ + rules.idle};
}

std::optional<SteadyTime> Activity::when_active_reaches(Duration target, SteadyTime t,
                                                        const GapRules& rules) const {
  const Duration now = active(t, rules);
  if (target <= now) return t;
  const Growth g = growth(t, rules);
  const SteadyTime reach = t + (target - now);
  if (!g.grows || (g.until && reach >= *g.until)) return std::nullopt;
  return reach;
}

Duration Activity::sitting(SteadyTime t, const GapRules& rules) const {
  if (!in_streak_) return Duration::zero();
  if (mode_ != Presence::meeting && t - gap_start_ >= rules.sitting_reset) return Duration::zero();
  return streak_length_ + provisional_sitting(t, rules);
}

Duration Activity::sitting_today(SteadyTime t, const GapRules& rules) const {
  return sitting_today_ + provisional_sitting(t, rules);
}

Duration Activity::longest_sitting_today(SteadyTime t, const GapRules& rules) const {
  return std::max(longest_today_, sitting(t, rules));
}

void Activity::close_segment(SteadyTime t) {
  ++version_;
  const Excluded ex = excluded(t);
  excluded_ = ex;
  mode_since_ = std::max(mode_since_, t);
}

void Activity::credit_sitting(Duration d) {
  streak_length_ += d;
  sitting_today_ += d;
}

void Activity::finish_streak() {
  longest_today_ = std::max(longest_today_, streak_length_);
  in_streak_ = false;
  streak_length_ = Duration::zero();
}

void Activity::close_gap(SteadyTime t, const GapRules& rules) {
  ++version_;
  const Duration g = std::max(Duration::zero(), t - gap_start_);
  if (mode_ == Presence::meeting) {
    active_ += g;
    if (in_streak_) credit_sitting(g);
  } else {
    const Excluded ex = excluded(t);
    if (g < rules.idle) active_ += std::max(Duration::zero(), g - ex.active);
    if (in_streak_ && g < rules.sitting_reset)
      credit_sitting(std::max(Duration::zero(), g - ex.sitting));
    else if (in_streak_)
      finish_streak();
  }
  if (!in_streak_) {
    in_streak_ = true;
    streak_length_ = Duration::zero();
  }
  gap_start_ = t;
  excluded_ = {};
  mode_since_ = t;
}

void Activity::present(SteadyTime t, const GapRules& rules) {
  // An input reported from before the current mode began (typed while
  // paused or locked) only proves presence from the mode change on.
  t = std::max(t, mode_since_);
  if (t <= gap_start_ && mode_ != Presence::meeting) return;
  close_gap(t, rules);
}

void Activity::set_mode(Presence mode, SteadyTime t, const GapRules& rules) {
  if (mode == mode_) return;
  t = std::max(t, mode_since_);
  if (mode_ == Presence::meeting) {
    // The meeting was presence up to its last moment; a new gap starts now.
    close_gap(t, rules);
  } else if (mode == Presence::meeting) {
    close_segment(t);
    close_gap(t, rules);
  } else {
    close_segment(t);
  }
  mode_ = mode;
  mode_since_ = t;
  ++version_;
}

void Activity::end_streak(SteadyTime t, const GapRules& rules) {
  if (!in_streak_) return;
  credit_sitting(provisional_sitting(t, rules));
  finish_streak();
}

bool Activity::settle_streak(SteadyTime t, const GapRules& rules) {
  if (!in_streak_ || mode_ == Presence::meeting) return false;
  if (t - gap_start_ < rules.sitting_reset) return false;
  finish_streak();
  return true;
}

DayTotals Activity::roll_day(SteadyTime t, const GapRules& rules) {
  // A meeting's time so far belongs to the day that ends.
  if (mode_ == Presence::meeting) close_gap(t, rules);
  DayTotals totals{active_ - day_start_active_, sitting_today_,
                   std::max(longest_today_, in_streak_ ? streak_length_ : Duration::zero())};
  day_start_active_ = active_;
  sitting_today_ = Duration::zero();
  longest_today_ = Duration::zero();
  return totals;
}

}  // namespace unknot
