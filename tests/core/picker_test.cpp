#include "core/picker.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::BreakPlan;
using unknot::Duration;
using unknot::Exercise;
using unknot::ExerciseKind;
using unknot::ExercisePreferences;
using unknot::Library;
using unknot::Picker;
using unknot::PickHistory;
using unknot::Position;

namespace {

struct Spec {
  std::string id;
  ExerciseKind kind = ExerciseKind::stretch;
  std::vector<std::string> areas{"neck"};
  Duration duration = 30s;
  std::vector<BreakKind> fits{BreakKind::micro, BreakKind::rest};
  Position position = Position::either;
  std::string equipment = "none";
};

Exercise make(const Spec& s) {
  Exercise e;
  e.id = s.id;
  e.title = "Title of " + s.id;
  e.kind = s.kind;
  e.areas = s.areas;
  e.duration = s.duration;
  e.fits = s.fits;
  e.steps = {"First step.", "Second step."};
  e.caution = "Move gently.";
  e.position = s.position;
  e.equipment = s.equipment;
  return e;
}

void add_kind(Library& lib, ExerciseKind kind, const std::string& prefix, int count,
              const std::vector<std::vector<std::string>>& areas) {
  for (int i = 0; i < count; ++i)
    lib.exercises.push_back(
        make({prefix + std::to_string(i), kind, areas[static_cast<size_t>(i) % areas.size()]}));
}

// 16 stretches (two of them for the wrists), 4 each of breathing, posture, eyes.
Library mixed_library() {
  Library lib;
  add_kind(
      lib, ExerciseKind::stretch, "stretch-", 14,
      {{"neck"}, {"shoulders"}, {"hips"}, {"hamstrings"}, {"calves"}, {"chest"}, {"lower-back"}});
  lib.exercises.push_back(make({"wrist-a", ExerciseKind::stretch, {"wrists", "arms"}}));
  lib.exercises.push_back(make({"wrist-b", ExerciseKind::stretch, {"wrists"}}));
  add_kind(lib, ExerciseKind::breathing, "breath-", 4, {{"whole-body"}});
  add_kind(lib, ExerciseKind::posture, "posture-", 4, {{"upper-back"}, {"neck"}});
  add_kind(lib, ExerciseKind::eyes, "eyes-", 4, {{"eyes"}});
  return lib;
}

std::vector<std::string> ids(const BreakPlan& plan) {
  std::vector<std::string> out;
  for (const Exercise* e : plan.exercises) out.push_back(e->id);
  return out;
}

Duration total(const BreakPlan& plan) {
  Duration sum{};
  for (const Exercise* e : plan.exercises) sum += e->duration;
  return sum;
}

bool works(const Exercise& e, const std::string& area) {
  return std::find(e.areas.begin(), e.areas.end(), area) != e.areas.end();
}

int count_micro_picks_touching(const Library& lib, const ExercisePreferences& prefs,
                               const std::string& area, int picks) {
  Picker picker(lib, 11);
  int hits = 0;
  for (int i = 0; i < picks; ++i)
    hits += works(*picker.pick(BreakKind::micro, 30s, prefs).exercises.at(0), area) ? 1 : 0;
  return hits;
}

// A rest-break library: 20 exercises of 30-90 s, and one 5-minute routine.
Library rest_library() {
  Library lib = mixed_library();
  const std::vector<std::string> areas{"neck", "hips", "calves", "upper-back", "wrists"};
  for (int i = 0; i < 10; ++i)
    lib.exercises.push_back(make({"long-" + std::to_string(i),
                                  ExerciseKind::movement,
                                  {areas[static_cast<size_t>(i) % areas.size()]},
                                  Duration{60s + 6s * i},
                                  {BreakKind::rest}}));
  lib.routines.push_back(
      {"desk-reset",
       "Desk reset",
       {BreakKind::rest},
       {"stretch-0", "long-0", "long-1", "stretch-1", "long-2", "posture-0", "eyes-0"},
       ""});
  return lib;
}

}  // namespace

TEST_CASE("the same seed gives the same breaks, another seed others") {
  const Library lib = rest_library();
  Picker a(lib, 42), b(lib, 42), c(lib, 43);
  bool differs = false;
  for (int i = 0; i < 300; ++i) {
    const auto kind = i % 4 == 3 ? BreakKind::rest : BreakKind::micro;
    const auto duration = kind == BreakKind::rest ? Duration{5min} : Duration{30s};
    const auto pa = ids(a.pick(kind, duration, {}));
    REQUIRE(pa == ids(b.pick(kind, duration, {})));
    differs = differs || pa != ids(c.pick(kind, duration, {}));
  }
  CHECK(differs);
}

TEST_CASE("over 5000 micro breaks no kind dominates and nothing repeats within eight") {
  const Library lib = mixed_library();
  Picker picker(lib, 7);
  std::map<ExerciseKind, int> kinds;
  std::map<std::string, int> seen;
  std::deque<std::string> last;
  for (int i = 0; i < 5000; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::micro, 30s, {});
    REQUIRE(plan.exercises.size() == 1);
    CHECK(plan.fallback_reason.empty());
    const Exercise& e = *plan.exercises.front();
    REQUIRE(std::find(last.begin(), last.end(), e.id) == last.end());
    last.push_front(e.id);
    if (last.size() > 8) last.pop_back();
    ++kinds[e.kind];
    ++seen[e.id];
  }
  REQUIRE(kinds.size() == 4);
  for (const auto& [kind, count] : kinds) {
    INFO(unknot::to_string(kind) << ": " << count);
    CHECK(count <= 2050);  // at most ~40% although stretches are 16 of 28
    CHECK(count >= 500);
  }
  CHECK(seen.size() == lib.exercises.size());  // every exercise gets its turn
}

TEST_CASE("focus areas are picked measurably more often") {
  const Library lib = mixed_library();
  ExercisePreferences focus;
  focus.focus_areas = {"wrists"};
  const int without = count_micro_picks_touching(lib, {}, "wrists", 5000);
  const int with = count_micro_picks_touching(lib, focus, "wrists", 5000);
  INFO("wrists without focus " << without << ", with focus " << with);
  CHECK(without > 100);
  CHECK(with > without * 3 / 2);
}

TEST_CASE("areas worked recently are picked less than areas not worked lately") {
  Library lib;
  add_kind(lib, ExerciseKind::stretch, "neck-", 4, {{"neck"}});
  add_kind(lib, ExerciseKind::stretch, "hips-", 4, {{"hips"}});
  PickHistory neck_recent;
  neck_recent.recent_areas = {"neck"};
  int neck_plain = 0, neck_after_neck = 0;
  for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
    Picker plain(lib, seed), after(lib, seed);
    after.set_history(neck_recent);
    neck_plain += works(*plain.pick(BreakKind::micro, 30s, {}).exercises.at(0), "neck");
    neck_after_neck += works(*after.pick(BreakKind::micro, 30s, {}).exercises.at(0), "neck");
  }
  CHECK(neck_plain > 800);
  CHECK(neck_plain < 1200);
  CHECK(neck_after_neck < 700);
}

TEST_CASE("each pick is recorded in the history") {
  const Library lib = mixed_library();
  Picker picker(lib, 3);
  const BreakPlan plan = picker.pick(BreakKind::micro, 30s, {});
  const Exercise& e = *plan.exercises.at(0);
  CHECK(plan.title == e.title);
  REQUIRE_FALSE(picker.history().recent_exercises.empty());
  CHECK(picker.history().recent_exercises.front() == e.id);
  CHECK(picker.history().recent_kinds.front() == e.kind);
  CHECK(picker.history().recent_areas.front() == e.areas.back());
}

TEST_CASE("a library of one exercise always shows that exercise") {
  Library lib;
  lib.exercises.push_back(make({"only-one"}));
  Picker picker(lib, 5);
  for (int i = 0; i < 200; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::micro, 30s, {});
    REQUIRE(ids(plan) == std::vector<std::string>{"only-one"});
    CHECK(plan.fallback_reason.empty());
  }
  const BreakPlan rest = picker.pick(BreakKind::rest, 5min, {});
  CHECK(ids(rest) == std::vector<std::string>{"only-one"});
}

TEST_CASE("filters that exclude everything fall back with a reason") {
  Library lib;
  lib.exercises.push_back(make({"stand-a",
                                ExerciseKind::movement,
                                {"calves"},
                                30s,
                                {BreakKind::micro},
                                Position::standing}));
  lib.exercises.push_back(make({"roller",
                                ExerciseKind::massage,
                                {"upper-back"},
                                30s,
                                {BreakKind::micro},
                                Position::either,
                                "foam-roller"}));
  ExercisePreferences sitting;
  sitting.position = Position::sitting;
  Picker picker(lib, 9);

  const BreakPlan plan = picker.pick(BreakKind::micro, 30s, sitting);
  REQUIRE(plan.exercises.size() == 1);
  CHECK_THAT(plan.fallback_reason, Catch::Contains("position and equipment"));

  SECTION("an exercise that fits no break of this kind is still better than nothing") {
    const BreakPlan rest = picker.pick(BreakKind::rest, 5min, {});
    CHECK_FALSE(rest.exercises.empty());
    CHECK_THAT(rest.fallback_reason, Catch::Contains("kind of break"));
  }
  SECTION("every exercise disabled gives an empty plan with a reason") {
    ExercisePreferences none = sitting;
    none.disabled = {"stand-a", "roller"};
    for (auto kind : {BreakKind::micro, BreakKind::rest}) {
      const BreakPlan empty = picker.pick(kind, 5min, none);
      CHECK(empty.exercises.empty());
      CHECK_THAT(empty.fallback_reason, Catch::Contains("disabled"));
    }
  }
}

TEST_CASE("an empty library gives an empty plan with a reason") {
  const Library lib;
  Picker picker(lib, 1);
  for (auto kind : {BreakKind::micro, BreakKind::rest, BreakKind::daily}) {
    const BreakPlan plan = picker.pick(kind, 5min, {});
    CHECK(plan.kind == kind);
    CHECK(plan.exercises.empty());
    CHECK_THAT(plan.fallback_reason, Catch::Contains("empty"));
  }
}

TEST_CASE("micro breaks show exercises no longer than the break") {
  Library lib;
  lib.exercises.push_back(make({"s20", ExerciseKind::eyes, {"eyes"}, 20s}));
  lib.exercises.push_back(make({"s30", ExerciseKind::posture, {"upper-back"}, 30s}));
  lib.exercises.push_back(make({"s60", ExerciseKind::stretch, {"neck"}, 60s}));
  lib.exercises.push_back(make({"s90", ExerciseKind::breathing, {"whole-body"}, 90s}));
  Picker picker(lib, 21);
  std::set<std::string> shown;
  for (int i = 0; i < 500; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::micro, 30s, {});
    REQUIRE(plan.exercises.at(0)->duration <= Duration{30s});
    shown.insert(plan.exercises.at(0)->id);
  }
  CHECK(shown == std::set<std::string>{"s20", "s30"});
  const BreakPlan tiny = picker.pick(BreakKind::micro, 10s, {});
  CHECK(ids(tiny) == std::vector<std::string>{"s20"});
  CHECK_THAT(tiny.fallback_reason, Catch::Contains("shortest"));
}

TEST_CASE("position and equipment settings are respected") {
  Library lib;
  lib.exercises.push_back(make(
      {"seated", ExerciseKind::stretch, {"neck"}, 30s, {BreakKind::micro}, Position::sitting}));
  lib.exercises.push_back(
      make({"anywhere", ExerciseKind::eyes, {"eyes"}, 30s, {BreakKind::micro}, Position::either}));
  lib.exercises.push_back(make({"standing",
                                ExerciseKind::movement,
                                {"calves"},
                                30s,
                                {BreakKind::micro},
                                Position::standing}));
  lib.exercises.push_back(make({"ball",
                                ExerciseKind::massage,
                                {"upper-back"},
                                30s,
                                {BreakKind::micro},
                                Position::either,
                                "tennis-ball"}));
  ExercisePreferences sitting;
  sitting.position = Position::sitting;
  ExercisePreferences with_ball;
  with_ball.equipment = {"tennis-ball"};
  Picker picker(lib, 13);
  std::set<std::string> sitting_shown, default_shown, ball_shown;
  for (int i = 0; i < 1000; ++i) {
    sitting_shown.insert(picker.pick(BreakKind::micro, 30s, sitting).exercises.at(0)->id);
    default_shown.insert(picker.pick(BreakKind::micro, 30s, {}).exercises.at(0)->id);
    ball_shown.insert(picker.pick(BreakKind::micro, 30s, with_ball).exercises.at(0)->id);
  }
  CHECK(sitting_shown == std::set<std::string>{"seated", "anywhere"});
  CHECK(default_shown == std::set<std::string>{"seated", "anywhere", "standing"});
  CHECK(ball_shown.count("ball") == 1);
}

TEST_CASE("rest breaks are filled by a routine or an assembled set of about their length") {
  const Library lib = rest_library();
  Picker picker(lib, 17);
  int routines = 0;
  for (int i = 0; i < 1000; ++i) {
    const BreakPlan plan = picker.pick(BreakKind::rest, 5min, {});
    REQUIRE_FALSE(plan.exercises.empty());
    CHECK(plan.fallback_reason.empty());
    CHECK(total(plan) >= Duration{4min});
    CHECK(total(plan) <= Duration{6min});
    if (!plan.routine_id.empty()) {
      ++routines;
      CHECK(plan.title == "Desk reset");
      continue;
    }
    const auto shown = ids(plan);
    CHECK(std::set<std::string>(shown.begin(), shown.end()).size() == shown.size());
    std::set<ExerciseKind> kinds;
    for (const Exercise* e : plan.exercises) kinds.insert(e->kind);
    CHECK(kinds.size() >= 2);
  }
  CHECK(routines > 400);  // about half the time
  CHECK(routines < 600);
}

TEST_CASE("routines that match the focus areas are chosen more often") {
  const Library lib = rest_library();
  ExercisePreferences focus;
  focus.focus_areas = {"neck", "hips", "calves"};  // most of desk-reset's exercises
  Picker picker(lib, 19);
  int routines = 0;
  for (int i = 0; i < 1000; ++i)
    routines += picker.pick(BreakKind::rest, 5min, focus).routine_id.empty() ? 0 : 1;
  CHECK(routines > 700);
}

TEST_CASE("routines that break a setting or do not fit the break are never chosen") {
  const Library lib = rest_library();
  ExercisePreferences disabled;
  disabled.disabled = {"long-1"};
  ExercisePreferences sitting;
  sitting.position = Position::sitting;
  Library standing_lib = lib;
  standing_lib.exercises.at(0).position = Position::standing;  // stretch-0, in the routine
  Picker picker(lib, 23), standing_picker(standing_lib, 23);
  for (int i = 0; i < 200; ++i) {
    CHECK(picker.pick(BreakKind::rest, 5min, disabled).routine_id.empty());
    CHECK(picker.pick(BreakKind::rest, 15min, {}).routine_id.empty());
    CHECK(standing_picker.pick(BreakKind::rest, 5min, sitting).routine_id.empty());
  }
}

TEST_CASE("a daily-limit break is filled like a rest break") {
  const Library lib = rest_library();
  Picker picker(lib, 29);
  const BreakPlan plan = picker.pick(BreakKind::daily, 5min, {});
  CHECK(plan.kind == BreakKind::daily);
  CHECK(plan.fallback_reason.empty());
  CHECK(total(plan) >= Duration{4min});
}
