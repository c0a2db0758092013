#pragma once
// The picker: chooses what a break shows. Pure and deterministic for a seed.
//
// Policy (details in picker.cpp and picker_routine.cpp):
// - Filters: disabled ids are never shown; `position = sitting` keeps sitting
//   and either (standing keeps standing and either; floor exercises only
//   suit `either`); an exercise needing equipment other than "none" needs
//   that equipment in the preferences. When the filters leave nothing, the
//   picker first ignores position and equipment, then which break an
//   exercise fits, and says so in fallback_reason. With `prefer_discreet`,
//   discreet exercises are taken whenever they can fill the break.
// - Micro break: one exercise no longer than the break (else the shortest).
//   The kind is chosen first, so a kind with many exercises does not crowd
//   out the others: no kind may take more than 4 of the last 10 picks while
//   another kind is eligible. Within a kind, focus areas weigh 3x and areas
//   worked recently weigh less. The last several exercises (8, or half the
//   pool when it is small) are never repeated.
// - Rest (and daily) break: a routine whose exercises all pass the filters
//   and whose length is within a minute (or a fifth) of the break, half of
//   the time, or 80% of the time when one matches the focus areas well (at
//   least half of its exercises work a focus area); otherwise exercises are
//   assembled with the micro rules until the break is filled, in the order
//   warm-up, stretch, then breathing or relaxation. A routine slot with
//   alternatives takes one of them by the same weights. Unless the user's
//   position is `sitting`, a rest break includes a standing exercise where
//   it can: an assembled break starts with one, and a routine takes the
//   standing alternative of a slot when it drew none.
// - Daily nudges (`once_a_day`): outside the rotation; each is shown once a
//   day, at the first break in its part of the day (a micro break shows it
//   instead of an exercise, a rest break after its exercises). They need the
//   time of day, so only pick() with a PickMoment shows them.
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/exercise.hpp"
#include "core/settings.hpp"

namespace unknot {

/// What a break will show: one or more exercises in order, filling the break.
struct BreakPlan {
  BreakKind kind = BreakKind::micro;
  std::string routine_id;  ///< set when a whole routine was chosen
  std::string title;       ///< routine title, or the single exercise's title
  std::vector<const Exercise*> exercises;
  /// Set when the filters excluded everything and the picker fell back to
  /// ignoring them (or the library is empty); a message the UI may show.
  std::string fallback_reason;
};

/// Remembers recent picks so the next ones vary (areas, kinds, exercises).
struct PickHistory {
  std::deque<std::string> recent_exercises;       ///< newest first
  std::deque<ExerciseKind> recent_kinds;          ///< newest first
  std::deque<std::string> recent_areas;           ///< newest first
  std::deque<std::string> recent_routines;        ///< newest first
  std::map<std::string, std::int64_t> nudged_on;  ///< once-a-day id -> local day last shown
};

/// When a break is picked: the local time of day and the local day number
/// (core/day_clock.hpp's local_day), for the once-a-day nudges.
struct PickMoment {
  TimeOfDay local;
  std::int64_t day = 0;
};

/// The moment of a clock reading, with days starting at `day_starts`.
PickMoment pick_moment(const Now& now, TimeOfDay day_starts);

class Picker {
 public:
  Picker(const Library& library, std::uint64_t seed);

  /// Choose the plan for a break of `kind` lasting `duration`, honouring the
  /// preferences (focus areas, position, equipment, disabled ids, discreet).
  /// With a `moment`, a daily nudge due then is shown too. Never throws; an
  /// empty library gives an empty plan with a fallback_reason.
  BreakPlan pick(BreakKind kind, Duration duration, const ExercisePreferences& prefs,
                 std::optional<PickMoment> moment = std::nullopt);

  [[nodiscard]] const PickHistory& history() const { return history_; }
  void set_history(PickHistory history) { history_ = std::move(history); }

 private:
  void add_nudge(BreakPlan& plan, Duration duration, const ExercisePreferences& prefs,
                 const PickMoment& moment);

  const Library& library_;
  std::uint64_t rng_state_;
  PickHistory history_;
};

}  // namespace unknot
