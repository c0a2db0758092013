#include "core/picker.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "core/duration_text.hpp"

namespace unknot {

namespace {

using namespace std::chrono_literals;
using ExerciseList = std::vector<const Exercise*>;

// How much of the past the history keeps; enough for every window below.
constexpr std::size_t kExerciseMemory = 32;
constexpr std::size_t kKindMemory = 16;
constexpr std::size_t kAreaMemory = 32;
constexpr std::size_t kRoutineMemory = 8;
// No exercise repeats within this many picks (fewer when the pool is small).
constexpr std::size_t kNoRepeatWindow = 8;
// A kind may fill at most kKindCap of the last kKindWindow picks (40%).
constexpr std::size_t kKindWindow = 10;
constexpr std::size_t kKindCap = 4;
// Areas among the last kAreaWindow worked weigh less the more recent they are.
constexpr std::size_t kAreaWindow = 12;
constexpr double kFocusBoost = 3.0;

// splitmix64: tiny, fast and identical on every platform, unlike std::
// distributions, so a seed gives the same breaks everywhere.
std::uint64_t next_random(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

double next_unit(std::uint64_t& state) {
  return static_cast<double>(next_random(state) >> 11) * 0x1.0p-53;
}

std::size_t weighted_index(const std::vector<double>& weights, std::uint64_t& state) {
  double total = 0;
  for (double w : weights) total += w;
  if (weights.empty()) return 0;
  if (total <= 0) return next_random(state) % weights.size();
  double point = next_unit(state) * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (point < weights[i]) return i;
    point -= weights[i];
  }
  return weights.size() - 1;
}

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// A daily-limit break is a long break: it takes what fits a rest break.
bool fits_kind(const std::vector<BreakKind>& fits, BreakKind kind) {
  const auto has = [&](BreakKind k) {
    return std::find(fits.begin(), fits.end(), k) != fits.end();
  };
  return has(kind) || (kind == BreakKind::daily && has(BreakKind::rest));
}

bool position_ok(const Exercise& e, Position wanted) {
  return wanted == Position::either || e.position == Position::either || e.position == wanted;
}

bool equipment_ok(const Exercise& e, const ExercisePreferences& prefs) {
  return e.equipment.empty() || e.equipment == "none" || contains(prefs.equipment, e.equipment);
}

bool touches_focus(const Exercise& e, const ExercisePreferences& prefs) {
  return std::any_of(e.areas.begin(), e.areas.end(),
                     [&](const std::string& a) { return contains(prefs.focus_areas, a); });
}

/// The exercises a break may use, and why the filters were relaxed, if they were.
struct Pool {
  ExerciseList items;
  std::string reason;
};

Pool eligible(const Library& library, BreakKind kind, const ExercisePreferences& prefs) {
  struct Level {
    bool fits, filters;
    const char* reason;
  };
  static constexpr Level kLevels[] = {
      {true, true, ""},
      {true, false,
       "No exercise matches your position and equipment settings; this one may need "
       "standing or equipment."},
      {false, true, "No exercise is meant for this kind of break; showing another one."},
      {false, false,
       "No exercise is meant for this kind of break or matches your position and equipment "
       "settings; showing another one."}};
  Pool pool;
  if (library.exercises.empty()) {
    pool.reason = "The exercise library is empty: stand up, move a little and rest your eyes.";
    return pool;
  }
  for (const Level& level : kLevels) {
    for (const Exercise& e : library.exercises) {
      if (contains(prefs.disabled, e.id)) continue;
      if (level.fits && !fits_kind(e.fits, kind)) continue;
      if (level.filters && (!position_ok(e, prefs.position) || !equipment_ok(e, prefs))) continue;
      pool.items.push_back(&e);
    }
    if (!pool.items.empty()) {
      pool.reason = level.reason;
      return pool;
    }
  }
  pool.reason = "Every exercise is disabled: stand up, move a little and rest your eyes.";
  return pool;
}

// Micro breaks show exercises no longer than the break; if there is none,
// the shortest ones, since a slightly long exercise beats no exercise.
void keep_short_enough(Pool& pool, Duration duration) {
  ExerciseList fitting;
  for (const Exercise* e : pool.items)
    if (e->duration <= duration) fitting.push_back(e);
  if (!fitting.empty() || pool.items.empty()) {
    if (!fitting.empty()) pool.items = std::move(fitting);
    return;
  }
  const auto shortest =
      (*std::min_element(pool.items.begin(), pool.items.end(), [](auto* a, auto* b) {
        return a->duration < b->duration;
      }))->duration;
  std::erase_if(pool.items, [&](const Exercise* e) { return e->duration != shortest; });
  if (!pool.reason.empty()) pool.reason += ' ';
  pool.reason += "No exercise is as short as this " + format_duration(duration) +
                 " break; showing the shortest one.";
}

// Areas worked recently weigh less, so the same muscles are not always the
// ones worked (DOMAIN.md: variety is a health feature).
double freshness(const Exercise& e, const PickHistory& history) {
  if (e.areas.empty()) return 1.0;
  const auto& recent = history.recent_areas;
  const auto end = recent.begin() + static_cast<long>(std::min(recent.size(), kAreaWindow));
  double sum = 0;
  for (const std::string& area : e.areas) {
    const auto it = std::find(recent.begin(), end, area);
    const double age = static_cast<double>(it - recent.begin());
    sum += it == end ? 1.0 : 0.2 + 0.8 * age / static_cast<double>(kAreaWindow);
  }
  return sum / static_cast<double>(e.areas.size());
}

double exercise_weight(const Exercise& e, const ExercisePreferences& prefs,
                       const PickHistory& history) {
  return (touches_focus(e, prefs) ? kFocusBoost : 1.0) * freshness(e, history);
}

// Stretching is what long sitting needs most (DOMAIN.md), so it weighs a
// little more than the other kinds; the kind cap still bounds it.
double kind_base_weight(ExerciseKind kind) {
  switch (kind) {
    case ExerciseKind::stretch:
      return 2.0;
    case ExerciseKind::massage:
    case ExerciseKind::relaxation:
      return 0.75;
    default:
      return 1.0;
  }
}

std::size_t recent_kind_count(const PickHistory& history, ExerciseKind kind) {
  const auto& kinds = history.recent_kinds;
  const auto end = kinds.begin() + static_cast<long>(std::min(kinds.size(), kKindWindow));
  return static_cast<std::size_t>(std::count(kinds.begin(), end, kind));
}

// Drops the exercises shown within the last few picks; the window shrinks
// with the pool so a tiny library still has something left to show.
ExerciseList without_recent(const ExerciseList& pool, const PickHistory& history) {
  const std::size_t window =
      std::min({kNoRepeatWindow, pool.size() / 2, history.recent_exercises.size()});
  const auto begin = history.recent_exercises.begin();
  ExerciseList fresh;
  for (const Exercise* e : pool)
    if (std::find(begin, begin + static_cast<long>(window), e->id) ==
        begin + static_cast<long>(window))
      fresh.push_back(e);
  return fresh.empty() ? pool : fresh;
}

// Chooses the kind first, then the exercise within it, so a kind with many
// exercises in the library does not crowd out the others.
const Exercise* choose_one(const ExerciseList& pool, const ExercisePreferences& prefs,
                           const PickHistory& history, std::uint64_t& rng) {
  std::map<ExerciseKind, ExerciseList> by_kind;
  for (const Exercise* e : without_recent(pool, history)) by_kind[e->kind].push_back(e);
  bool any_under_cap = false;
  for (const auto& [kind, list] : by_kind)
    any_under_cap = any_under_cap || recent_kind_count(history, kind) < kKindCap;
  std::vector<ExerciseKind> kinds;
  std::vector<double> kind_weights;
  for (const auto& [kind, list] : by_kind) {
    if (any_under_cap && recent_kind_count(history, kind) >= kKindCap) continue;
    double best = 0;
    for (const Exercise* e : list) best = std::max(best, exercise_weight(*e, prefs, history));
    const bool just_shown = !history.recent_kinds.empty() && history.recent_kinds.front() == kind;
    kinds.push_back(kind);
    kind_weights.push_back(kind_base_weight(kind) * best * (just_shown ? 0.5 : 1.0));
  }
  if (kinds.empty()) return nullptr;
  const ExerciseList& list = by_kind[kinds[weighted_index(kind_weights, rng)]];
  std::vector<double> weights;
  for (const Exercise* e : list) weights.push_back(exercise_weight(*e, prefs, history));
  return list[weighted_index(weights, rng)];
}

template <class T>
void remember(std::deque<T>& list, T item, std::size_t capacity) {
  list.push_front(std::move(item));
  while (list.size() > capacity) list.pop_back();
}

void remember(PickHistory& history, const Exercise& e) {
  remember(history.recent_exercises, e.id, kExerciseMemory);
  remember(history.recent_kinds, e.kind, kKindMemory);
  for (const std::string& area : e.areas) remember(history.recent_areas, area, kAreaMemory);
}

/// A routine that may fill this break, with its exercises resolved.
struct RoutineOption {
  const Routine* routine = nullptr;
  ExerciseList exercises;
  double focus_match = 0;  ///< share of its exercises that work a focus area
};

std::optional<RoutineOption> usable(const Routine& r, const Library& library, BreakKind kind,
                                    Duration duration, const ExercisePreferences& prefs) {
  if (!fits_kind(r.fits, kind) || r.exercises.empty()) return std::nullopt;
  RoutineOption option{&r, {}, 0};
  Duration total{};
  int focused = 0;
  for (const std::string& id : r.exercises) {
    const Exercise* e = library.find_exercise(id);
    if (!e || contains(prefs.disabled, id) || !position_ok(*e, prefs.position) ||
        !equipment_ok(*e, prefs))
      return std::nullopt;
    option.exercises.push_back(e);
    total += e->duration;
    focused += touches_focus(*e, prefs) ? 1 : 0;
  }
  const Duration tolerance = std::max<Duration>(1min, duration / 5);
  if (total > duration + tolerance || total + tolerance < duration) return std::nullopt;
  option.focus_match = focused / static_cast<double>(option.exercises.size());
  return option;
}

std::vector<RoutineOption> usable_routines(const Library& library, BreakKind kind,
                                           Duration duration, const ExercisePreferences& prefs) {
  std::vector<RoutineOption> options;
  for (const Routine& r : library.routines)
    if (auto option = usable(r, library, kind, duration, prefs)) options.push_back(*option);
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
    weights.push_back(recent ? 0.0 : (1.0 + 2.0 * o.focus_match) * fresh);
  }
  return options[weighted_index(weights, rng)];
}

// Fills the break one exercise at a time with the micro rules, so areas and
// kinds vary within the break too. Each exercise is used at most once, so
// the loop ends after at most pool.size() rounds.
ExerciseList assemble(Pool& pool, Duration duration, const ExercisePreferences& prefs,
                      PickHistory scratch, std::uint64_t& rng) {
  const Duration slack = std::max<Duration>(30s, duration / 10);
  ExerciseList remaining = pool.items, chosen;
  Duration total{};
  while (total + slack < duration) {
    ExerciseList candidates, other_kind;
    for (const Exercise* e : remaining)
      if (total + e->duration <= duration + slack) candidates.push_back(e);
    // Alternate kinds within the break (stretch, breathe, stretch, ...).
    for (const Exercise* e : candidates)
      if (chosen.empty() || e->kind != chosen.back()->kind) other_kind.push_back(e);
    if (!other_kind.empty()) candidates = std::move(other_kind);
    const Exercise* e = choose_one(candidates, prefs, scratch, rng);
    if (!e) break;
    chosen.push_back(e);
    total += e->duration;
    remember(scratch, *e);
    std::erase(remaining, e);
  }
  if (chosen.empty() && !pool.items.empty()) {
    keep_short_enough(pool, duration);
    chosen.push_back(pool.items.front());
  }
  return chosen;
}

}  // namespace

Picker::Picker(const Library& library, std::uint64_t seed) : library_(library), rng_state_(seed) {}

BreakPlan Picker::pick(BreakKind kind, Duration duration, const ExercisePreferences& prefs) {
  BreakPlan plan;
  plan.kind = kind;
  Pool pool = eligible(library_, kind, prefs);
  if (kind == BreakKind::micro) {
    keep_short_enough(pool, duration);
    if (const Exercise* e = choose_one(pool.items, prefs, history_, rng_state_)) {
      plan.exercises.push_back(e);
      plan.title = e->title;
    }
    plan.fallback_reason = pool.reason;
  } else {
    const auto routines = usable_routines(library_, kind, duration, prefs);
    const bool focused = std::any_of(routines.begin(), routines.end(),
                                     [](const RoutineOption& o) { return o.focus_match >= 0.5; });
    // A routine is a tried sequence; mixing keeps variety. A routine is also
    // preferred whenever the free choice had to relax the user's filters.
    const bool prefer_routine =
        !pool.reason.empty() || pool.items.empty() || next_unit(rng_state_) < (focused ? 0.8 : 0.5);
    if (!routines.empty() && prefer_routine) {
      const RoutineOption& option = choose_routine(routines, prefs, history_, rng_state_);
      plan.routine_id = option.routine->id;
      plan.title = option.routine->title;
      plan.exercises = option.exercises;
      remember(history_.recent_routines, option.routine->id, kRoutineMemory);
    } else {
      plan.exercises = assemble(pool, duration, prefs, history_, rng_state_);
      plan.title = plan.exercises.size() == 1 ? plan.exercises.front()->title : "Mixed rest break";
      plan.fallback_reason = pool.reason;
    }
  }
  for (const Exercise* e : plan.exercises) remember(history_, *e);
  return plan;
}

}  // namespace unknot
