#pragma once
// Activity accounting: active time (what the break timers count) and sitting
// time (how long since the user last stepped away), read from input gaps and
// the presence mode.
//
// A "gap" runs from the moment presence was last confirmed (an input, an
// unlock, a command, the end of a meeting) until the next such moment. When
// it closes, the gap counts as active time if it was shorter than the idle
// threshold and as sitting time if shorter than sitting_reset; time spent
// paused never counts, and time locked, suspended or on a break never counts
// as active. While a gap is still shorter than a threshold its time counts
// provisionally, so a status line keeps ticking while the user types. A
// meeting is continuous presence: every moment counts as active and sitting.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "core/time.hpp"

namespace unknot {

/// How the user's presence is judged at the moment.
enum class Presence {
  input,    ///< from input gaps (the normal case)
  meeting,  ///< in a meeting: present and sitting whatever the input
  away,     ///< locked, suspended or on a break: a gap that is never active time
  paused,   ///< manual pause: a gap that counts neither as active nor as sitting
};

/// The thresholds that turn a gap into away time.
struct GapRules {
  Duration idle;           ///< a gap this long is not active time
  Duration sitting_reset;  ///< a gap this long ends the sitting streak
};

/// The figures of one local day, reported when it rolls over.
struct DayTotals {
  Duration active{};
  Duration sitting{};
  Duration longest_sitting{};
};

class Activity {
 public:
  /// Starts with the user present at `start` (the daemon was just started by them).
  explicit Activity(SteadyTime start);

  /// Switches the presence mode at t; entering a meeting confirms presence.
  void set_mode(Presence mode, SteadyTime t, const GapRules& rules);
  /// The user is present at t (input, unlock, a command): the current gap closes.
  void present(SteadyTime t, const GapRules& rules);
  /// The sitting streak ends at t (a rest break starts: the user stands up).
  void end_streak(SteadyTime t, const GapRules& rules);
  /// Ends the streak once the current gap reaches sitting_reset; true if it did.
  bool settle_streak(SteadyTime t, const GapRules& rules);
  /// Closes the local day at t: returns its totals and starts the next.
  DayTotals roll_day(SteadyTime t, const GapRules& rules);

  [[nodiscard]] Presence mode() const { return mode_; }
  /// Changes whenever anything that active() or the gap depend on changes.
  [[nodiscard]] std::uint64_t version() const { return version_; }
  [[nodiscard]] SteadyTime mode_since() const { return mode_since_; }
  /// Where the current gap began (in a meeting: the last confirmation).
  [[nodiscard]] SteadyTime gap_start() const { return gap_start_; }
  /// Length of the current gap at t; always 0 in a meeting.
  [[nodiscard]] Duration gap(SteadyTime t) const {
    return mode_ == Presence::meeting ? Duration::zero()
                                      : std::max(Duration::zero(), t - gap_start_);
  }
  /// Whether the user counts as away from the keyboard at t.
  [[nodiscard]] bool idle(SteadyTime t, const GapRules& rules) const {
    if (mode_ == Presence::meeting) return false;
    return mode_ != Presence::input || t - gap_start_ >= rules.idle;
  }
  /// All active time since construction, confirmed plus provisional.
  [[nodiscard]] Duration active(SteadyTime t, const GapRules& rules) const;
  /// How active() grows from t if nothing else happens: one to one until
  /// `until` (exclusive; nullopt: without end), or not at all.
  struct Growth {
    bool grows = false;
    std::optional<SteadyTime> until;
  };
  [[nodiscard]] Growth growth(SteadyTime t, const GapRules& rules) const;
  /// When active() reaches `target` if nothing else happens; nullopt if it will not.
  [[nodiscard]] std::optional<SteadyTime> when_active_reaches(Duration target, SteadyTime t,
                                                              const GapRules& rules) const;
  /// active() at the start of the current local day.
  [[nodiscard]] Duration day_start_active() const { return day_start_active_; }
  /// Length of the current sitting streak at t (0 once the user stood up).
  [[nodiscard]] Duration sitting(SteadyTime t, const GapRules& rules) const;
  /// Whether a sitting streak is running (the user has not stepped away since).
  [[nodiscard]] bool in_streak() const { return in_streak_; }
  /// Sitting time since the day started.
  [[nodiscard]] Duration sitting_today(SteadyTime t, const GapRules& rules) const;
  /// Longest streak today, the running one included.
  [[nodiscard]] Duration longest_sitting_today(SteadyTime t, const GapRules& rules) const;

 private:
  struct Excluded {
    Duration active{};
    Duration sitting{};
  };
  [[nodiscard]] Excluded excluded(SteadyTime t) const;
  [[nodiscard]] Duration provisional_active(SteadyTime t, const GapRules& rules) const;
  [[nodiscard]] Duration provisional_sitting(SteadyTime t, const GapRules& rules) const;
  void close_segment(SteadyTime t);
  void close_gap(SteadyTime t, const GapRules& rules);
  void credit_sitting(Duration d);
  void finish_streak();

  // active() is asked many times per instant: remember the last answer
  // until the time, the threshold or the state changes.
  struct Memo {
    SteadyTime t;
    Duration idle{-1};
    std::uint64_t version = 0;
    Duration value{};
  };
  mutable Memo memo_;
  std::uint64_t version_ = 1;

  Presence mode_ = Presence::input;
  SteadyTime mode_since_;
  SteadyTime gap_start_;
  Excluded excluded_;  ///< closed segments of the current gap that must not count
  Duration active_{};  ///< confirmed active time
  Duration day_start_active_{};
  bool in_streak_ = true;
  Duration streak_length_{};  ///< confirmed length of the running streak
  Duration sitting_today_{};
  Duration longest_today_{};
};

}  // namespace unknot
