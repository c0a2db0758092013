#pragma once
// The picker: chooses what a break shows. Pure and deterministic for a seed.
//
// Policy (details in picker.cpp):
// - Filters: disabled ids are never shown; `position = sitting` keeps sitting
//   and either (standing keeps standing and either); an exercise needing
//   equipment other than "none" needs that equipment in the preferences. When
//   the filters leave nothing, the picker first ignores position and
//   equipment, then which break an exercise fits, and says so in
//   fallback_reason.
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
//   assembled with the micro rules until the break is filled.
#include <cstdint>
#include <deque>
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
  std::deque<std::string> recent_exercises;  ///< newest first
  std::deque<ExerciseKind> recent_kinds;     ///< newest first
  std::deque<std::string> recent_areas;      ///< newest first
  std::deque<std::string> recent_routines;   ///< newest first
};

class Picker {
 public:
  Picker(const Library& library, std::uint64_t seed);

  /// Choose the plan for a break of `kind` lasting `duration`, honouring the
  /// preferences (focus areas, position, equipment, disabled ids). Never
  /// throws; an empty library gives an empty plan with a fallback_reason.
  BreakPlan pick(BreakKind kind, Duration duration, const ExercisePreferences& prefs);

  [[nodiscard]] const PickHistory& history() const { return history_; }
  void set_history(PickHistory history) { history_ = std::move(history); }

 private:
  const Library& library_;
  std::uint64_t rng_state_;
  PickHistory history_;
};

}  // namespace unknot
