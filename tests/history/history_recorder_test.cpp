#include "history/history_recorder.hpp"

#include <catch2/catch.hpp>

#include "support/sim_clock.hpp"

using namespace unknot;
using namespace std::chrono_literals;

namespace {
struct Fixture {
  std::vector<HistoryItem> items;
  HistoryRecorder recorder{[this](HistoryItem item) { items.push_back(std::move(item)); }};
  Settings settings;
  Status status;
  test::SimClock clock;
  void send(Event e) {
    recorder.on_event(TimedEvent{clock.now(), std::move(e)}, nullptr, settings, status);
  }
  template <typename T>
  std::vector<T> all() const {
    std::vector<T> out;
    for (const auto& i : items)
      if (auto* t = std::get_if<T>(&i)) out.push_back(*t);
    return out;
  }
};
}  // namespace

TEST_CASE("a break outcome is recorded with the exercises shown and their areas") {
  Fixture f;
  Exercise a;
  a.id = "neck-tilt";
  a.areas = {"neck", "trapezius"};
  Exercise b;
  b.id = "wrist-flex";
  b.areas = {"wrists", "neck"};
  BreakPlan plan;
  plan.exercises = {&a, &b};
  f.recorder.on_event(TimedEvent{f.clock.now(), BreakEnded{BreakKind::rest, Outcome::taken, 50min}},
                      &plan, f.settings, f.status);
  auto breaks = f.all<BreakRecord>();
  REQUIRE(breaks.size() == 1);
  CHECK(breaks[0].local_date == "2026-03-02");
  CHECK(breaks[0].exercise_ids == std::vector<std::string>{"neck-tilt", "wrist-flex"});
  CHECK(breaks[0].areas == std::vector<std::string>{"neck", "trapezius", "wrists"});
  CHECK(breaks[0].sitting == Duration{50min});
}

TEST_CASE("pauses and meetings are recorded once they end, each source on its own") {
  Fixture f;
  f.send(Paused{std::nullopt});
  f.clock.advance(30min);
  f.send(Resumed{});
  f.send(MeetingHold{true, {"camera"}});
  f.clock.advance(10min);
  f.send(MeetingHold{true, {"camera", "microphone"}});
  f.clock.advance(20min);
  f.send(MeetingHold{true, {"microphone"}});
  f.clock.advance(5min);
  f.send(MeetingHold{false, {}});
  auto pauses = f.all<PauseRecord>();
  REQUIRE(pauses.size() == 1);
  CHECK(pauses[0].end - pauses[0].start == Duration{30min});
  auto meetings = f.all<MeetingRecord>();
  REQUIRE(meetings.size() == 2);
  CHECK(meetings[0].source == "camera");
  CHECK(meetings[0].end - meetings[0].start == Duration{30min});
  CHECK(meetings[1].source == "microphone");
  CHECK(meetings[1].end - meetings[1].start == Duration{25min});
}

TEST_CASE("a pause still open at exit is not lost") {
  Fixture f;
  f.send(Paused{std::nullopt});
  f.clock.advance(15min);
  f.recorder.close_open_spans(f.clock.now(), f.settings);
  REQUIRE(f.all<PauseRecord>().size() == 1);
}

TEST_CASE("day rollover records yesterday's final totals under yesterday's date") {
  Fixture f;             // 08:00 on 2026-03-02; the day starts at 04:00
  f.clock.advance(20h);  // 04:00 on 2026-03-03
  f.send(DayRolledOver{6h, 2h, 7h});
  auto totals = f.all<DayTotals>();
  REQUIRE(totals.size() == 1);
  CHECK(totals[0].local_date == "2026-03-02");
  CHECK(totals[0].active == Duration{6h});
  CHECK(totals[0].longest_sitting == Duration{2h});
  CHECK(totals[0].sitting == Duration{7h});
}
