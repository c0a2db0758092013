#pragma once
// Private to the picker (picker.cpp, picker_routine.cpp): the random source,
// the filters and the weights that every choice of an exercise shares.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/picker.hpp"

namespace unknot::picking {

using ExerciseList = std::vector<const Exercise*>;

/// splitmix64: the next random number of `state`.
std::uint64_t next_random(std::uint64_t& state);
/// A random number in [0, 1).
double next_unit(std::uint64_t& state);
/// An index drawn with the given weights (uniform when all are zero).
std::size_t weighted_index(const std::vector<double>& weights, std::uint64_t& state);

bool contains(const std::vector<std::string>& list, std::string_view item);
/// Whether `fits` allows a break of `kind` (a daily break takes rest exercises).
bool fits_kind(const std::vector<BreakKind>& fits, BreakKind kind);
/// The user's position and equipment allow `e`.
bool position_ok(const Exercise& e, Position wanted);
bool equipment_ok(const Exercise& e, const ExercisePreferences& prefs);
/// Not disabled, and position and equipment allow it.
bool allowed(const Exercise& e, const ExercisePreferences& prefs);
bool touches_focus(const Exercise& e, const ExercisePreferences& prefs);
/// A rest break must include standing unless the user sits (DOMAIN.md:
/// sitting time is the risk the app measures).
bool needs_standing(const ExercisePreferences& prefs);
bool is_standing(const Exercise* e);
/// Warm-up (movement, posture) 0, stretch (and massage, eyes) 1, breathing
/// and relaxation 2: the order a rest break runs in.
int phase_of(ExerciseKind kind);

/// Focus areas weigh more, areas worked recently less.
double exercise_weight(const Exercise& e, const ExercisePreferences& prefs,
                       const PickHistory& history);
/// Whether `id` is among the last `window` exercises shown.
bool shown_recently(const PickHistory& history, std::string_view id, std::size_t window);
/// With prefer_discreet, the discreet part of `list` when there is one.
ExerciseList discreet_first(const ExerciseList& list, const ExercisePreferences& prefs);

/// One exercise of `pool`, kind first (see picker.hpp); nullptr when empty.
const Exercise* choose_one(const ExerciseList& pool, const ExercisePreferences& prefs,
                           const PickHistory& history, std::uint64_t& rng);

/// Records a shown exercise in the history.
void remember(PickHistory& history, const Exercise& e);
/// Records a shown routine in the history.
void remember_routine(PickHistory& history, const std::string& id);

/// A routine that may fill this break, its slots resolved to exercises.
struct RoutineOption {
  const Routine* routine = nullptr;
  ExerciseList exercises;
  double focus_match = 0;  ///< share of its exercises that work a focus area
};

/// The routines that fit a break of `kind` and `duration` and the settings,
/// each with one exercise chosen per slot.
std::vector<RoutineOption> usable_routines(const Library& library, BreakKind kind,
                                           Duration duration, const ExercisePreferences& prefs,
                                           const PickHistory& history, std::uint64_t& rng);

/// One of `options`, favouring focus matches and routines not shown lately.
const RoutineOption& choose_routine(const std::vector<RoutineOption>& options,
                                    const ExercisePreferences& prefs, const PickHistory& history,
                                    std::uint64_t& rng);

}  // namespace unknot::picking
