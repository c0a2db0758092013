#include "service/break_presenter.hpp"

#include <catch2/catch.hpp>

#include "service/break_message.hpp"
#include "support/fake_notifier.hpp"

using namespace unknot;
using namespace std::chrono_literals;

namespace {
Library one_exercise_library() {
  Library library;
  Exercise e;
  e.id = "neck-side-tilt";
  e.title = "Neck side tilt";
  e.kind = ExerciseKind::stretch;
  e.areas = {"neck"};
  e.duration = 30s;
  e.fits = {BreakKind::micro, BreakKind::rest};
  e.steps = {"Sit tall, shoulders down.", "Tilt your right ear toward your shoulder."};
  e.caution = "Move slowly.";
  library.exercises.push_back(e);
  return library;
}

BreakDue due(BreakKind kind, bool can_skip = true) {
  return BreakDue{kind, 40min, false, 0ms, 0, can_skip, true};
}

struct Fixture {
  Library library = one_exercise_library();
  test::FakeNotifier notifier;
  std::vector<BreakAnswer> answers;
  Settings settings;
  BreakPresenter presenter{notifier, library, 1, [this](BreakAnswer a) { answers.push_back(a); }};
  void send(Event e) {
    presenter.on_event(TimedEvent{Now{}, std::move(e)}, settings);
    presenter.end_batch();
  }
};
}  // namespace

TEST_CASE("a due break notification names the exercise and its first step") {
  Fixture f;
  f.send(due(BreakKind::micro));
  REQUIRE(f.notifier.current);
  CHECK(f.notifier.current->summary == "Neck side tilt");
  CHECK(f.notifier.current->body.rfind("Sit tall, shoulders down.", 0) == 0);
  CHECK(f.notifier.current->body.find("sitting 40 min") != std::string::npos);
  std::vector<std::string> keys;
  for (const auto& a : f.notifier.current->actions) keys.push_back(a.key);
  CHECK(keys == std::vector<std::string>{"default", "start", "snooze", "skip"});
  // One "Start" button on XFCE too: xfce4-notifyd draws a button for every
  // labelled action, "default" included.
  CHECK(f.notifier.current->actions[0].label.empty());
  CHECK(f.notifier.current->actions[1].label == "Start");
  CHECK(f.notifier.current->expire_timeout_ms == 0);  // stays until answered
}

TEST_CASE("an exercise's one-line prompt is the notification's body, not its set-up step") {
  Fixture f;
  f.library.exercises[0].prompt = "Tilt your ear to your shoulder, 15 seconds each side";
  f.library.exercises[0].translations["de"]["prompt"] = "Ohr zur Schulter neigen";
  f.presenter.set_library(f.library);
  f.send(due(BreakKind::micro));
  REQUIRE(f.notifier.current);
  CHECK(f.notifier.current->summary == "Neck side tilt");
  CHECK(f.notifier.current->body.rfind("Tilt your ear to your shoulder, 15 seconds each side", 0) ==
        0);
  CHECK(f.notifier.current->body.find("Sit tall") == std::string::npos);
  const auto plan = *f.presenter.current_plan();
  CHECK(due_message(due(BreakKind::micro), plan, {"de"}).body.starts_with("Ohr zur Schulter"));
}

TEST_CASE("strict mode offers no skip button") {
  Fixture f;
  f.send(due(BreakKind::micro, /*can_skip=*/false));
  for (const auto& a : f.notifier.current->actions) CHECK(a.key != "skip");
}

TEST_CASE("buttons become answers, dismissing an unanswered prompt snoozes") {
  Fixture f;
  f.send(due(BreakKind::micro));
  f.notifier.press("snooze");
  f.send(due(BreakKind::micro));
  f.notifier.server_closes(close_reason::dismissed);
  f.send(due(BreakKind::micro));
  f.notifier.press("default");
  CHECK(f.answers ==
        std::vector<BreakAnswer>{BreakAnswer::snooze, BreakAnswer::snooze, BreakAnswer::start});
}

TEST_CASE("a notification that expires or that we close is not an answer") {
  Fixture f;
  f.send(due(BreakKind::micro));
  f.notifier.server_closes(close_reason::expired);
  f.send(BreakEnded{BreakKind::micro, Outcome::taken, 0ms});
  f.notifier.server_closes(close_reason::dismissed);  // after the break ended
  CHECK(f.answers.empty());
}

TEST_CASE("a meeting withdraws the prompt and the catch-up prompt names the meeting") {
  Fixture f;
  f.send(due(BreakKind::micro));
  f.send(MeetingHold{true, {"camera"}});
  CHECK_FALSE(f.notifier.current);
  f.send(BreakDue{BreakKind::micro, 80min, true, 70min, 0, true, true});
  REQUIRE(f.notifier.current);
  CHECK(f.notifier.current->body.find("You sat through a 1 h 10 min meeting") == 0);
}

TEST_CASE("a snoozed break comes back with the same exercise, a taken one is forgotten") {
  Fixture f;
  f.send(due(BreakKind::micro));
  const BreakPlan* plan = f.presenter.current_plan();
  REQUIRE(plan);
  f.send(BreakEnded{BreakKind::micro, Outcome::snoozed, 0ms});
  CHECK(f.presenter.current_plan() == plan);
  f.send(BreakEnded{BreakKind::micro, Outcome::taken, 0ms});
  CHECK(f.presenter.current_plan() == nullptr);
}

TEST_CASE("a running break lists every step, numbered") {
  Fixture f;
  f.send(BreakStarted{BreakKind::micro, 30s});
  REQUIRE(f.notifier.current);
  CHECK(f.notifier.current->body.find("1. Sit tall") != std::string::npos);
  CHECK(f.notifier.current->body.find("2. Tilt your right ear") != std::string::npos);
}

TEST_CASE("human_minutes reads naturally") {
  CHECK(human_minutes(30s) == "under a minute");
  CHECK(human_minutes(12min) == "12 min");
  CHECK(human_minutes(60min) == "1 h");
  CHECK(human_minutes(70min) == "1 h 10 min");
}

TEST_CASE("an unanswered prompt that repeats is replaced in place, not closed and reopened") {
  Fixture f;
  f.send(due(BreakKind::micro));
  const int closes = f.notifier.closes;
  f.presenter.on_event(TimedEvent{Now{}, BreakEnded{BreakKind::micro, Outcome::snoozed, 0ms}},
                       f.settings);
  f.presenter.on_event(TimedEvent{Now{}, due(BreakKind::micro)}, f.settings);
  f.presenter.end_batch();
  CHECK(f.notifier.closes == closes);
  CHECK(f.notifier.shown.size() == 2);
  f.send(BreakEnded{BreakKind::micro, Outcome::taken, 0ms});
  CHECK(f.notifier.closes == closes + 1);
}

TEST_CASE("style window: the open break window replaces the break notifications") {
  Fixture f;
  f.settings.breaks.style = BreakStyle::window;
  f.presenter.set_window_open(true);
  f.send(BreakWarning{BreakKind::micro, 30s});
  REQUIRE(f.notifier.current);  // the warning still comes as a notification
  f.send(due(BreakKind::micro));
  CHECK_FALSE(f.notifier.current);  // the warning gave way to the window
  CHECK(f.notifier.shown.size() == 1);
  f.send(BreakStarted{BreakKind::micro, 30s});
  CHECK_FALSE(f.notifier.current);
  CHECK(f.notifier.shown.size() == 1);
  REQUIRE(f.presenter.current_plan());  // the window asks for the plan: it is there
  CHECK(f.presenter.current_plan()->exercises.size() == 1);
}

TEST_CASE("style window without a window (unknot-ui failed) still notifies, both shows both") {
  Fixture f;
  f.settings.breaks.style = BreakStyle::window;
  f.presenter.set_window_open(false);
  f.send(due(BreakKind::micro));
  REQUIRE(f.notifier.current);
  CHECK(f.notifier.current->summary == "Neck side tilt");
  f.notifier.press("snooze");

  f.settings.breaks.style = BreakStyle::both;
  f.presenter.set_window_open(true);
  f.send(due(BreakKind::micro));
  REQUIRE(f.notifier.current);
  CHECK(f.answers == std::vector<BreakAnswer>{BreakAnswer::snooze});
}

TEST_CASE("once the break window guides the break, its running notification goes") {
  Fixture f;  // style "notification": Start opens the window
  f.send(due(BreakKind::micro));
  f.notifier.press("start");
  f.send(BreakStarted{BreakKind::micro, 30s});
  REQUIRE(f.notifier.current);  // the window is not up yet when the break starts
  f.presenter.window_took_over();
  CHECK_FALSE(f.notifier.current);
  f.send(BreakStarted{BreakKind::micro, 30s});  // e.g. after a snooze, window still up
  CHECK_FALSE(f.notifier.current);
}

TEST_CASE("style both keeps the prompt beside the window until it is answered") {
  Fixture f;
  f.settings.breaks.style = BreakStyle::both;
  f.presenter.set_window_open(true);
  f.send(due(BreakKind::micro));
  REQUIRE(f.notifier.current);
  f.presenter.window_took_over();
  CHECK(f.notifier.current);  // still unanswered: the prompt stays
}
