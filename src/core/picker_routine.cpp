// Routines for rest breaks: which ones may fill a break, how a slot with
// alternatives is filled, and which routine is shown.
#include <algorithm>

#include "core/picker_rules.hpp"

namespace unknot::picking {

namespace {

using namespace std::chrono_literals;

// An alternative shown within the last few breaks weighs this much less.
constexpr double kRecentAlternative = 0.25;
constexpr std::size_t kAlternativeMemory = 8;

/// The options of a slot this user may do, not yet used in this routine.
ExerciseList candidates(const RoutineSlot& slot, const Library& library,
                        const ExercisePreferences& prefs, const ExerciseList& chosen) {
  ExerciseList out;
  for (const std::string& id : slot.options) {
    const Exercise* e = library.find_exercise(id);
    if (e == nullptr || !allowed(*e, prefs)) continue;
    if (std::find(chosen.begin(), chosen.end(), e) != chosen.end()) continue;
    out.push_back(e);
  }
  return out;
}

const Exercise* weighted_choice(const ExerciseList& list, const ExercisePreferences& prefs,
                                const PickHistory& history, std::uint64_t& rng) {
  if (list.size() == 1) return list.front();
  std::vector<double> weights;
  for (const Exercise* e : list)
    weights.push_back(
        exercise_weight(*e, prefs, history) *
        (shown_recently(history, e->id, kAlternativeMemory) ? kRecentAlternative : 1.0));
  return list[weighted_index(weights, rng)];
}

/// Puts a standing option into the plan when none was drawn: the first slot
/// that offers one takes it. A routine with none (a user's seated routine)
/// stays as written.
void make_one_standing(const std::vector<ExerciseList>& options, ExerciseList& chosen,
                       const ExercisePreferences& prefs, const PickHistory& history,
                       std::uint64_t& rng) {
  if (std::any_of(chosen.begin(), chosen.end(), is_standing)) return;
  for (std::size_t slot = 0; slot < options.size(); ++slot) {
    ExerciseList standing;
    for (const Exercise* e : options[slot])
      if (is_standing(e)) standing.push_back(e);
    if (standing.empty()) continue;
    chosen[slot] = weighted_choice(discreet_first(standing, prefs), prefs, history, rng);
    return;
  }
}

std::optional<RoutineOption> usable(const Routine& r, const Library& library, BreakKind kind,
                                    Duration duration, const ExercisePreferences& prefs,
                                    const PickHistory& history, std::uint64_t& rng) {
  if (!fits_kind(r.fits, kind) || r.exercises.empty()) return std::nullopt;
  RoutineOption option{&r, {}, 0};
  std::vector<ExerciseList> options;
  for (const RoutineSlot& slot : r.exercises) {
    ExerciseList list = candidates(slot, library, prefs, option.exercises);
    if (list.empty()) return std::nullopt;
    option.exercises.push_back(weighted_choice(discreet_first(list, prefs), prefs, history, rng));
    options.push_back(std::move(list));
  }
  if (needs_standing(prefs)) make_one_standing(options, option.exercises, prefs, history, rng);
  Duration total{};
  int focused = 0;
  for (const Exercise* e : option.exercises) {
    total += e->duration;
    focused += touches_focus(*e, prefs) ? 1 : 0;
  }
  const Duration tolerance = std::max<Duration>(1min, duration / 5);
  if (total > duration + tolerance || total + tolerance < duration) return std::nullopt;
  option.focus_match = focused / static_cast<double>(option.exercises.size());
  return option;
}

double discreet_share(const RoutineOption& o) {
  const auto discreet =
      std::count_if(o.exercises.begin(), o.exercises.end(), [](auto* e) { return e->discreet; });
  return static_cast<double>(discreet) / static_cast<double>(o.exercises.size());
}

}  // namespace

std::vector<RoutineOption> usable_routines(const Library& library, BreakKind kind,
                                           Duration duration, const ExercisePreferences& prefs,
                                           const PickHistory& history, std::uint64_t& rng) {
  std::vector<RoutineOption> options;
  for (const Routine& r : library.routines)
    if (auto option = usable(r, library, kind, duration, prefs, history, rng))
      options.push_back(*option);
  return options;
}

const RoutineOption& choose_routine(const std::vector<RoutineOption>& options,
                                    const ExercisePreferences& prefs, const PickHistory& history,
                                    std::uint64_t& rng) {
  const std::size_t window = std::min(options.size() / 2, history.recent_routines.size());
  const auto begin = history.recent_routines.begin();
  std::vector<double> weights;
  for (const RoutineOption& o : options) {
    const bool recent = std::find(begin, begin + static_cast<long>(window), o.routine->id) !=
                        begin + static_cast<long>(window);
    double fresh = 0;
    for (const Exercise* e : o.exercises) fresh += exercise_weight(*e, prefs, history);
    fresh /= static_cast<double>(o.exercises.size());
    // Preferring discreet exercises favours the routines made of them.
    const double discreet = prefs.prefer_discreet ? 0.1 + discreet_share(o) * discreet_share(o) : 1;
    weights.push_back(recent ? 0.0 : (1.0 + 2.0 * o.focus_match) * fresh * discreet);
  }
  return options[weighted_index(weights, rng)];
}

}  // namespace unknot::picking
