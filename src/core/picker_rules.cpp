#include "core/picker_rules.hpp"

#include <algorithm>
#include <map>

namespace unknot::picking {

namespace {

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
  const std::size_t window = std::min(kNoRepeatWindow, pool.size() / 2);
  ExerciseList fresh;
  for (const Exercise* e : pool)
    if (!shown_recently(history, e->id, window)) fresh.push_back(e);
  return fresh.empty() ? pool : fresh;
}

template <class T>
void push_front_bounded(std::deque<T>& list, T item, std::size_t capacity) {
  list.push_front(std::move(item));
  while (list.size() > capacity) list.pop_back();
}

}  // namespace

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

bool allowed(const Exercise& e, const ExercisePreferences& prefs) {
  return !contains(prefs.disabled, e.id) && position_ok(e, prefs.position) &&
         equipment_ok(e, prefs);
}

bool touches_focus(const Exercise& e, const ExercisePreferences& prefs) {
  return std::any_of(e.areas.begin(), e.areas.end(),
                     [&](const std::string& a) { return contains(prefs.focus_areas, a); });
}

bool needs_standing(const ExercisePreferences& prefs) {
  return prefs.position != Position::sitting;
}

bool is_standing(const Exercise* e) { return e->position == Position::standing; }

int phase_of(ExerciseKind kind) {
  switch (kind) {
    case ExerciseKind::movement:
    case ExerciseKind::posture:
      return 0;
    case ExerciseKind::breathing:
    case ExerciseKind::relaxation:
      return 2;
    default:
      return 1;
  }
}

double exercise_weight(const Exercise& e, const ExercisePreferences& prefs,
                       const PickHistory& history) {
  return (touches_focus(e, prefs) ? kFocusBoost : 1.0) * freshness(e, history);
}

bool shown_recently(const PickHistory& history, std::string_view id, std::size_t window) {
  const auto begin = history.recent_exercises.begin();
  const auto end = begin + static_cast<long>(std::min(window, history.recent_exercises.size()));
  return std::find(begin, end, id) != end;
}

ExerciseList discreet_first(const ExerciseList& list, const ExercisePreferences& prefs) {
  if (!prefs.prefer_discreet) return list;
  ExerciseList discreet;
  for (const Exercise* e : list)
    if (e->discreet) discreet.push_back(e);
  return discreet.empty() ? list : discreet;
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

void remember(PickHistory& history, const Exercise& e) {
  push_front_bounded(history.recent_exercises, e.id, kExerciseMemory);
  push_front_bounded(history.recent_kinds, e.kind, kKindMemory);
  for (const std::string& area : e.areas)
    push_front_bounded(history.recent_areas, area, kAreaMemory);
}

void remember_routine(PickHistory& history, const std::string& id) {
  push_front_bounded(history.recent_routines, id, kRoutineMemory);
}

}  // namespace unknot::picking
