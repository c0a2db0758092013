// Reminders on the simulated clock: active and wall time, meetings, breaks,
// pauses, one at a time, answers, and a reload that keeps their timers.
#include "core/reminders.hpp"

#include <catch2/catch.hpp>

#include "core/engine.hpp"
#include "support/sim_clock.hpp"

using namespace unknot;
using namespace std::chrono_literals;
using unknot::test::SimClock;

namespace {
ReminderSettings reminder(std::string id, Duration every,
                          ReminderCounts counts = ReminderCounts::active,
                          ReminderMeetings meetings = ReminderMeetings::hold) {
  return {id, "Title of " + id, "Body of " + id, every, counts, meetings};
}

/// The user at the desk, `active` of active time so far.
struct Desk {
  SimClock clock;
  ReminderFacts facts;
  Desk() { facts.now = clock.now(); }
  /// Time passes at the desk: active time grows with it.
  ReminderFacts& work(Duration d) {
    facts.now = clock.advance(d);
    facts.active += d;
    return facts;
  }
  /// Time passes away from the desk (idle, locked): active time stands still.
  ReminderFacts& away(Duration d) {
    facts.now = clock.advance(d);
    facts.present = false;
    return facts;
  }
};

std::vector<std::string> shown_ids(Reminders& r) {
  std::vector<std::string> out;
  for (const ReminderEvent& e : r.take_events()) {
    if (const auto* due = std::get_if<ReminderDue>(&e)) out.push_back("due " + due->id);
    if (const auto* hid = std::get_if<ReminderHidden>(&e)) out.push_back("hidden " + hid->id);
    if (const auto* ans = std::get_if<ReminderAnswered>(&e))
      out.push_back(std::string(to_string(ans->outcome)) + " " + ans->id);
  }
  return out;
}

Duration in_of(const Reminders& r, const ReminderFacts& f, std::size_t i = 0) {
  return r.status(f).at(i).in;
}
}  // namespace

TEST_CASE("an active-time reminder counts only time at the desk") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 45min)}, desk.facts);
  r.advance(desk.work(30min));
  CHECK(in_of(r, desk.facts) == 15min);
  desk.away(1h);
  r.advance(desk.facts);
  CHECK(in_of(r, desk.facts) == 15min);
  CHECK(shown_ids(r).empty());
  desk.facts.present = true;
  r.advance(desk.work(15min));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
  CHECK(r.status(desk.facts).at(0).due);
  CHECK(in_of(r, desk.facts) == 0ms);
}

TEST_CASE("a wall-time reminder counts the clock, and waits for the user to come back") {
  Desk desk;
  Reminders r;
  r.apply({reminder("lunch", 2h, ReminderCounts::wall)}, desk.facts);
  r.advance(desk.away(2h));
  CHECK(shown_ids(r).empty());
  CHECK(r.status(desk.facts).at(0).due);
  desk.facts.present = true;
  r.advance(desk.work(1s));
  CHECK(shown_ids(r) == std::vector<std::string>{"due lunch"});
}

TEST_CASE("the next deadline is when a reminder falls due while the user works") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 45min), reminder("lunch", 4h, ReminderCounts::wall)}, desk.facts);
  r.advance(desk.work(10min));
  CHECK(r.next_deadline(desk.facts) == desk.facts.now.steady + 35min);
  desk.facts.paused = true;  // active time does not run: only the wall reminder has a time
  CHECK(r.next_deadline(desk.facts) == desk.facts.now.steady + 3h + 50min);
}

TEST_CASE("a reminder held by a meeting shows when it ends, one ignoring meetings shows in it") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 20min),
           reminder("eyes", 20min, ReminderCounts::active, ReminderMeetings::ignore)},
          desk.facts);
  desk.facts.in_meeting = true;
  r.advance(desk.work(20min));
  CHECK(shown_ids(r) == std::vector<std::string>{"due eyes"});
  CHECK(r.done("eyes", desk.facts).ok);
  CHECK(shown_ids(r) == std::vector<std::string>{"done eyes"});
  r.advance(desk.work(5min));
  CHECK(shown_ids(r).empty());
  desk.facts.in_meeting = false;
  r.advance(desk.work(1s));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
}

TEST_CASE("a reminder never stacks with a break: it gives way and comes back after") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 20min)}, desk.facts);
  desk.facts.break_busy = true;  // a break prompt is waiting
  r.advance(desk.work(20min));
  CHECK(shown_ids(r).empty());
  desk.facts.break_busy = false;
  r.advance(desk.work(1s));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
  desk.facts.break_busy = true;  // a break falls due while the reminder is up
  r.advance(desk.work(1s));
  CHECK(shown_ids(r) == std::vector<std::string>{"hidden water"});
  desk.facts.break_busy = false;
  r.advance(desk.work(1s));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
}

TEST_CASE("a pause holds a due reminder, and active time does not grow in it") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 20min)}, desk.facts);
  r.advance(desk.work(20min));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
  desk.facts.paused = true;
  r.advance(desk.facts);
  CHECK(shown_ids(r) == std::vector<std::string>{"hidden water"});
  desk.facts.paused = false;
  r.advance(desk.facts);
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
}

TEST_CASE("one reminder is shown at a time, the next waits for the answer") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 20min), reminder("posture", 20min)}, desk.facts);
  r.advance(desk.work(20min));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
  CHECK(r.shown() == "water");
  CHECK(r.done("water", desk.facts).ok);
  CHECK(shown_ids(r) == std::vector<std::string>{"done water", "due posture"});
}

TEST_CASE("done starts the interval again, snooze brings it back after the snooze") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 45min)}, desk.facts);
  r.advance(desk.work(45min));
  (void)shown_ids(r);
  CHECK(r.done("water", desk.facts).ok);
  CHECK(in_of(r, desk.facts) == 45min);
  r.advance(desk.work(45min));
  CHECK(shown_ids(r) == std::vector<std::string>{"done water", "due water"});
  CHECK(r.snooze("water", 5min, desk.facts).ok);
  CHECK(in_of(r, desk.facts) == 5min);
  CHECK(r.next_deadline(desk.facts) == desk.facts.now.steady + 5min);
  r.advance(desk.work(4min));
  CHECK(shown_ids(r) == std::vector<std::string>{"snoozed water"});
  r.advance(desk.work(1min));
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
}

TEST_CASE("an answer for an unknown reminder is refused") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 45min)}, desk.facts);
  const CommandResult result = r.done("wtaer", desk.facts);
  CHECK_FALSE(result.ok);
  CHECK(result.error == "no reminder \"wtaer\"");
  CHECK_FALSE(r.snooze("nope", 1min, desk.facts).ok);
}

TEST_CASE("a reload keeps the timers of the reminders it keeps") {
  Desk desk;
  Reminders r;
  r.apply({reminder("water", 45min), reminder("posture", 30min)}, desk.facts);
  r.advance(desk.work(30min));
  CHECK(shown_ids(r) == std::vector<std::string>{"due posture"});
  ReminderSettings water = reminder("water", 40min);
  water.title = "Drink";
  r.apply({water, reminder("stretch", 10min)}, desk.facts);
  CHECK(shown_ids(r) == std::vector<std::string>{"hidden posture"});
  const auto status = r.status(desk.facts);
  REQUIRE(status.size() == 2);
  CHECK(status[0] == ReminderStatus{"water", 10min, false});
  CHECK(status[1] == ReminderStatus{"stretch", 10min, false});
}

TEST_CASE("facts from the engine: idle time does not count toward an active reminder") {
  SimClock clock;
  Settings settings;
  settings.micro.enabled = false;
  settings.rest.enabled = false;
  Engine engine(settings, clock.now());
  Reminders r;
  r.apply({reminder("water", 10min)}, reminder_facts(engine.status(clock.now()), clock.now()));
  for (int i = 0; i < 5 * 60; ++i) {  // typing for 5 minutes
    const Now now = clock.advance(1s);
    engine.input(now.steady, now);
  }
  const Now away = clock.advance(30min);
  engine.advance(away);
  ReminderFacts facts = reminder_facts(engine.status(away), away);
  CHECK_FALSE(facts.present);
  r.advance(facts);
  CHECK(r.status(facts).at(0).in == 5min);
  Now back = away;
  for (int i = 0; i < 6 * 60; ++i) {  // back at the desk, typing for 6 more minutes
    back = clock.advance(1s);
    engine.input(back.steady, back);
  }
  facts = reminder_facts(engine.status(back), back);
  CHECK(facts.present);
  r.advance(facts);
  CHECK(shown_ids(r) == std::vector<std::string>{"due water"});
}
