#include "core/picker.hpp"

#include <algorithm>
#include <string_view>

#include "core/day_clock.hpp"
#include "core/duration_text.hpp"
#include "core/picker_rules.hpp"

namespace unknot {

namespace {

using namespace std::chrono_literals;
using namespace picking;

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
      // Daily nudges are not part of the rotation (Picker::add_nudge).
      if (contains(prefs.disabled, e.id) || e.once_a_day) continue;
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

Duration total_length(const ExerciseList& list) {
  Duration total{};
  for (const Exercise* e : list) total += e->duration;
  return total;
}

// With prefer_discreet, a rest break is assembled from discreet exercises
// alone when they are enough to fill it.
ExerciseList discreet_if_enough(const ExerciseList& items, Duration duration,
                                const ExercisePreferences& prefs) {
  ExerciseList discreet = discreet_first(items, prefs);
  return total_length(discreet) >= duration ? discreet : items;
}

// Fills the break one exercise at a time with the micro rules, so areas and
// kinds vary within the break too, starting with a standing one when the
// user does not sit. Each exercise is used at most once, so the loop ends
// after at most pool.size() rounds. The result runs warm-up, stretch, calm.
ExerciseList assemble(Pool& pool, Duration duration, const ExercisePreferences& prefs,
                      PickHistory scratch, std::uint64_t& rng) {
  const Duration slack = std::max<Duration>(30s, duration / 10);
  ExerciseList remaining = discreet_if_enough(pool.items, duration, prefs), chosen;
  Duration total{};
  while (total + slack < duration) {
    ExerciseList candidates, other_kind, standing;
    for (const Exercise* e : remaining)
      if (total + e->duration <= duration + slack) candidates.push_back(e);
    for (const Exercise* e : candidates)
      if (is_standing(e)) standing.push_back(e);
    // Alternate kinds within the break (stretch, breathe, stretch, ...).
    for (const Exercise* e : candidates)
      if (chosen.empty() || e->kind != chosen.back()->kind) other_kind.push_back(e);
    if (chosen.empty() && needs_standing(prefs) && !standing.empty())
      candidates = std::move(standing);
    else if (!other_kind.empty())
      candidates = std::move(other_kind);
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
  std::stable_sort(chosen.begin(), chosen.end(), [](const Exercise* a, const Exercise* b) {
    return phase_of(a->kind) < phase_of(b->kind);
  });
  return chosen;
}

BreakPlan pick_micro(const Library& library, Duration duration, const ExercisePreferences& prefs,
                     PickHistory& history, std::uint64_t& rng) {
  BreakPlan plan;
  Pool pool = eligible(library, BreakKind::micro, prefs);
  keep_short_enough(pool, duration);
  if (const Exercise* e = choose_one(discreet_first(pool.items, prefs), prefs, history, rng)) {
    plan.exercises.push_back(e);
    plan.title = e->title;
  }
  plan.fallback_reason = pool.reason;
  return plan;
}

BreakPlan pick_rest(const Library& library, BreakKind kind, Duration duration,
                    const ExercisePreferences& prefs, PickHistory& history, std::uint64_t& rng) {
  BreakPlan plan;
  Pool pool = eligible(library, kind, prefs);
  const auto routines = usable_routines(library, kind, duration, prefs, history, rng);
  const bool focused = std::any_of(routines.begin(), routines.end(),
                                   [](const RoutineOption& o) { return o.focus_match >= 0.5; });
  // A routine is a tried sequence; mixing keeps variety. A routine is also
  // preferred whenever the free choice had to relax the user's filters.
  const bool prefer_routine =
      !pool.reason.empty() || pool.items.empty() || next_unit(rng) < (focused ? 0.8 : 0.5);
  if (!routines.empty() && prefer_routine) {
    const RoutineOption& option = choose_routine(routines, prefs, history, rng);
    plan.routine_id = option.routine->id;
    plan.title = option.routine->title;
    plan.exercises = option.exercises;
    remember_routine(history, option.routine->id);
  } else {
    plan.exercises = assemble(pool, duration, prefs, history, rng);
    plan.title = plan.exercises.size() == 1 ? plan.exercises.front()->title : "Mixed rest break";
    plan.fallback_reason = pool.reason;
  }
  return plan;
}

}  // namespace

PickMoment pick_moment(const Now& now, TimeOfDay day_starts) {
  const auto since_midnight = now.local().time_since_epoch() % std::chrono::days{1};
  const auto minutes = std::chrono::floor<std::chrono::minutes>(
      since_midnight < Duration::zero() ? since_midnight + std::chrono::days{1} : since_midnight);
  return {TimeOfDay{static_cast<int>(minutes.count())}, local_day(now, day_starts)};
}

Picker::Picker(const Library& library, std::uint64_t seed) : library_(library), rng_state_(seed) {}

// The first break in a nudge's part of the day shows it, once that day: a
// micro break instead of its exercise, a rest break after its exercises.
void Picker::add_nudge(BreakPlan& plan, Duration duration, const ExercisePreferences& prefs,
                       const PickMoment& moment) {
  const BreakKind fit = plan.kind == BreakKind::micro ? BreakKind::micro : BreakKind::rest;
  for (const Exercise& e : library_.exercises) {
    if (!e.once_a_day || !day_part_contains(*e.once_a_day, moment.local)) continue;
    if (!e.fits_break(fit) || !allowed(e, prefs) || (prefs.prefer_discreet && !e.discreet))
      continue;
    if (plan.kind == BreakKind::micro && e.duration > duration) continue;
    const auto shown = history_.nudged_on.find(e.id);
    if (shown != history_.nudged_on.end() && shown->second == moment.day) continue;
    history_.nudged_on[e.id] = moment.day;
    if (plan.kind == BreakKind::micro) {
      plan.exercises = {&e};
      plan.title = e.title;
      plan.fallback_reason.clear();
    } else {
      plan.exercises.push_back(&e);
    }
    return;
  }
}

BreakPlan Picker::pick(BreakKind kind, Duration duration, const ExercisePreferences& prefs,
                       std::optional<PickMoment> moment) {
  BreakPlan plan = kind == BreakKind::micro
                       ? pick_micro(library_, duration, prefs, history_, rng_state_)
                       : pick_rest(library_, kind, duration, prefs, history_, rng_state_);
  plan.kind = kind;
  if (moment) add_nudge(plan, duration, prefs, *moment);
  for (const Exercise* e : plan.exercises)
    if (!e->once_a_day) remember(history_, *e);
  return plan;
}

}  // namespace unknot
