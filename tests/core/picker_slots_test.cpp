// The picker's second edition: routine slots with alternatives, standing in
// rest breaks, discreet exercises, the floor position and daily nudges.
#include <algorithm>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "core/picker.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::BreakPlan;
using unknot::DayPart;
using unknot::Duration;
using unknot::Exercise;
using unknot::ExerciseKind;
using unknot::ExercisePreferences;
using unknot::Library;
using unknot::Picker;
using unknot::PickMoment;
using unknot::Position;

namespace {

Exercise make(std::string id, ExerciseKind kind, Position position, Duration duration = 60s,
              std::vector<BreakKind> fits = {BreakKind::micro, BreakKind::rest}) {
  Exercise e;
  e.id = std::move(id);
  e.title = "Title of " + e.id;
  e.kind = kind;
  e.areas = {"neck"};
  e.duration = duration;
  e.fits = std::move(fits);
  e.steps = {"First step.", "Second step."};
  e.caution = "Move gently.";
  e.position = position;
  return e;
}

std::vector<std::string> ids(const BreakPlan& plan) {
  std::vector<std::string> out;
  for (const Exercise* e : plan.exercises) out.push_back(e->id);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

// A 5-minute routine whose first slot offers a seated and a standing
// alternative, and whose third slot offers two seated ones.
Library slot_library() {
  Library lib;
  lib.exercises = {make("seated-warm-up", ExerciseKind::movement, Position::sitting),
                   make("standing-warm-up", ExerciseKind::movement, Position::standing),
                   make("tilt", ExerciseKind::stretch, Position::sitting),
                   make("turn", ExerciseKind::stretch, Position::sitting),
                   make("rotate", ExerciseKind::stretch, Position::sitting),
                   make("fold", ExerciseKind::stretch, Position::sitting),
                   make("breathe", ExerciseKind::breathing, Position::sitting)};
  lib.routines.push_back(
      {"slots",
       "Slots",
       {BreakKind::rest},
       {{"seated-warm-up", "standing-warm-up"}, "tilt", {"turn", "rotate"}, "fold", "breathe"},
       ""});
  return lib;
}

ExercisePreferences sitting() {
  ExercisePreferences prefs;
  prefs.position = Position::sitting;
  return prefs;
}

}  // namespace

TEST_CASE("a routine slot with alternatives shows each of them in turn") {
  const Library lib = slot_library();
  Picker picker(lib, 31);
  std::map<std::string, int> third;
  int routines = 0;
  for (int i = 0; i < 400; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::rest, 5min, sitting());
    if (plan.routine_id.empty()) continue;
    ++routines;
    const auto shown = ids(plan);
    REQUIRE(shown.size() == 5);
    CHECK(shown[1] == "tilt");
    ++third[shown[2]];
  }
  CHECK(routines > 100);
  INFO("turn " << third["turn"] << ", rotate " << third["rotate"]);
  CHECK(third["turn"] > routines / 4);
  CHECK(third["rotate"] > routines / 4);
}

TEST_CASE("a disabled alternative is never shown and the routine stays in use") {
  const Library lib = slot_library();
  ExercisePreferences prefs = sitting();
  prefs.disabled = {"rotate"};
  Picker picker(lib, 37);
  int routines = 0;
  for (int i = 0; i < 200; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::rest, 5min, prefs);
    CHECK_FALSE(has(ids(plan), "rotate"));
    routines += plan.routine_id.empty() ? 0 : 1;
  }
  CHECK(routines > 50);
  prefs.disabled = {"turn", "rotate"};  // the slot has nothing left: no routine
  for (int i = 0; i < 100; ++i) CHECK(picker.pick(BreakKind::rest, 5min, prefs).routine_id.empty());
}

TEST_CASE("unless the user sits, every rest break includes a standing exercise") {
  const Library lib = slot_library();
  Picker picker(lib, 41);
  int routines = 0, assembled = 0;
  for (int i = 0; i < 400; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::rest, 5min, {});
    REQUIRE_FALSE(plan.exercises.empty());
    const bool standing = std::any_of(plan.exercises.begin(), plan.exercises.end(),
                                      [](auto* e) { return e->position == Position::standing; });
    CHECK(standing);
    (plan.routine_id.empty() ? assembled : routines) += 1;
  }
  CHECK(routines > 100);
  CHECK(assembled > 100);
  // Seated users get the seated alternative, in the routine and in assembled breaks.
  for (int i = 0; i < 200; ++i)
    CHECK_FALSE(has(ids(picker.pick(BreakKind::rest, 5min, sitting())), "standing-warm-up"));
}

TEST_CASE("an assembled rest break runs warm-up, stretch, then breathing or relaxation") {
  Library lib;
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    lib.exercises.push_back(make("move-" + n, ExerciseKind::movement, Position::standing));
    lib.exercises.push_back(make("stretch-" + n, ExerciseKind::stretch, Position::sitting));
    lib.exercises.push_back(make("breathe-" + n, ExerciseKind::breathing, Position::sitting));
    lib.exercises.push_back(make("relax-" + n, ExerciseKind::relaxation, Position::sitting));
  }
  const auto phase = [](const Exercise* e) {
    if (e->kind == ExerciseKind::movement) return 0;
    return e->kind == ExerciseKind::stretch ? 1 : 2;
  };
  Picker picker(lib, 43);
  for (int i = 0; i < 300; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::rest, 5min, {});
    REQUIRE(plan.exercises.size() >= 4);
    CHECK(std::is_sorted(plan.exercises.begin(), plan.exercises.end(),
                         [&](auto* a, auto* b) { return phase(a) < phase(b); }));
  }
}

TEST_CASE("preferring discreet exercises shows them whenever they can fill the break") {
  Library lib;
  for (int i = 0; i < 12; ++i) {
    if (i < 6)
      lib.exercises.push_back(
          make("loud-" + std::to_string(i), ExerciseKind::movement, Position::either, 30s));
    lib.exercises.push_back(
        make("quiet-" + std::to_string(i), ExerciseKind::stretch, Position::either, 30s));
    lib.exercises.back().discreet = true;
  }
  ExercisePreferences discreet;
  discreet.prefer_discreet = true;
  Picker picker(lib, 47);
  std::set<std::string> shown, shown_without;
  for (int i = 0; i < 300; ++i) {
    for (const auto& id : ids(picker.pick(BreakKind::micro, 30s, discreet))) shown.insert(id);
    for (const auto& id : ids(picker.pick(BreakKind::micro, 30s, {}))) shown_without.insert(id);
  }
  for (const auto& id : shown) CHECK(id.starts_with("quiet-"));
  CHECK(shown.size() == 12);
  CHECK(shown_without.size() == 18);
  // Six discreet minutes fill a 5-minute break: no loud exercise in it either.
  for (int i = 0; i < 100; ++i)
    for (const auto& id : ids(picker.pick(BreakKind::rest, 5min, discreet)))
      CHECK(id.starts_with("quiet-"));
  // With none discreet left, the others still fill the break.
  for (int i = 0; i < 12; ++i) discreet.disabled.push_back("quiet-" + std::to_string(i));
  CHECK(ids(picker.pick(BreakKind::micro, 30s, discreet)).size() == 1);
}

TEST_CASE("floor exercises are shown only to users who stand or sit as it comes") {
  Library lib;
  lib.exercises = {make("roller", ExerciseKind::massage, Position::floor, 30s),
                   make("seated", ExerciseKind::stretch, Position::sitting, 30s),
                   make("standing", ExerciseKind::movement, Position::standing, 30s)};
  ExercisePreferences standing;
  standing.position = Position::standing;
  Picker picker(lib, 53);
  std::set<std::string> either, seated, upright;
  for (int i = 0; i < 200; ++i) {
    either.insert(ids(picker.pick(BreakKind::micro, 30s, {})).at(0));
    seated.insert(ids(picker.pick(BreakKind::micro, 30s, sitting())).at(0));
    upright.insert(ids(picker.pick(BreakKind::micro, 30s, standing)).at(0));
  }
  CHECK(either.count("roller") == 1);
  CHECK(seated == std::set<std::string>{"seated"});
  CHECK(upright == std::set<std::string>{"standing"});
}

TEST_CASE("a daily nudge is shown once a day at the first break in its part of the day") {
  Library lib;
  for (int i = 0; i < 6; ++i)
    lib.exercises.push_back(
        make("stretch-" + std::to_string(i), ExerciseKind::stretch, Position::either, 30s));
  Exercise plan_day =
      make("plan-the-day", ExerciseKind::movement, Position::either, 30s, {BreakKind::micro});
  plan_day.once_a_day = DayPart::morning;
  lib.exercises.push_back(plan_day);
  Exercise heat = make("heat-tonight", ExerciseKind::relaxation, Position::either, 30s,
                       {BreakKind::micro, BreakKind::rest});
  heat.once_a_day = DayPart::end_of_day;
  lib.exercises.push_back(heat);
  Picker picker(lib, 59);
  const auto at = [](int hour, int day) { return PickMoment{{hour * 60}, day}; };
  // Never part of the rotation, and never without the time of day.
  for (int i = 0; i < 200; ++i) {
    const auto shown = ids(picker.pick(BreakKind::micro, 30s, {}));
    CHECK_FALSE(has(shown, "plan-the-day"));
    CHECK_FALSE(has(shown, "heat-tonight"));
  }
  CHECK(ids(picker.pick(BreakKind::micro, 30s, {}, at(9, 100))) ==
        std::vector<std::string>{"plan-the-day"});
  for (int hour : {10, 11, 13, 15})  // later that day: exercises again
    CHECK_FALSE(has(ids(picker.pick(BreakKind::micro, 30s, {}, at(hour, 100))), "plan-the-day"));
  // The end-of-day nudge comes after a rest break's exercises, once.
  const auto rest = ids(picker.pick(BreakKind::rest, 5min, {}, at(17, 100)));
  CHECK(rest.back() == "heat-tonight");
  CHECK(rest.size() > 1);
  CHECK_FALSE(has(ids(picker.pick(BreakKind::micro, 30s, {}, at(18, 100))), "heat-tonight"));
  // A new day, a new morning nudge; the afternoon is too late for it.
  CHECK_FALSE(has(ids(picker.pick(BreakKind::micro, 30s, {}, at(13, 101))), "plan-the-day"));
  CHECK(ids(picker.pick(BreakKind::micro, 30s, {}, at(8, 102))) ==
        std::vector<std::string>{"plan-the-day"});
  // A nudge takes no place in the rotation's memory of kinds and exercises.
  CHECK_FALSE(
      has({picker.history().recent_exercises.begin(), picker.history().recent_exercises.end()},
          "plan-the-day"));
  // A disabled nudge is never shown.
  ExercisePreferences none;
  none.disabled = {"plan-the-day"};
  CHECK_FALSE(has(ids(picker.pick(BreakKind::micro, 30s, none, at(8, 103))), "plan-the-day"));
}

TEST_CASE("the moment of a clock reading is its local time of day and its day") {
  unknot::Now now;
  now.wall = unknot::WallTime{std::chrono::days{20000} + 7h + 30min};
  now.utc_offset = 2h;  // 09:30 local
  const PickMoment moment = unknot::pick_moment(now, {4 * 60});
  CHECK(moment.local.minutes == 9 * 60 + 30);
  CHECK(moment.day == 20000);
  now.utc_offset = -8h;  // 23:30 the evening before
  CHECK(unknot::pick_moment(now, {4 * 60}).local.minutes == 23 * 60 + 30);
  CHECK(unknot::pick_moment(now, {4 * 60}).day == 19999);
  CHECK(unknot::day_part_contains(DayPart::morning, {11 * 60 + 59}));
  CHECK_FALSE(unknot::day_part_contains(DayPart::morning, {12 * 60}));
  CHECK(unknot::day_part_contains(DayPart::afternoon, {12 * 60}));
  CHECK(unknot::day_part_contains(DayPart::end_of_day, {16 * 60}));
  CHECK_FALSE(unknot::day_part_contains(DayPart::end_of_day, {15 * 60 + 59}));
}
