// Focus Assist, quiet hours, presentations and fullscreen programs as
// meeting holds. The state comes from a fake (Wine has no Focus Assist); the
// timer and the window messages are real.
#include "platform/attention_windows.hpp"

#include <catch2/catch.hpp>
#include <windows.h>

#include "support/fake_attention_source.hpp"

using unknot::AttentionState;
using unknot::test::FakeAttentionSource;

namespace {

struct Meetings {
  std::vector<std::pair<std::string, bool>> seen;
  unknot::DeskEvents desk() {
    unknot::DeskEvents events;
    events.meeting = [this](const std::string& source, bool on) { seen.emplace_back(source, on); };
    return events;
  }
};

/// Pumps the window's messages until `done` or 5 s pass.
template <typename Done>
void pump_until(Done done) {
  const ULONGLONG deadline = GetTickCount64() + 5000;
  while (!done() && GetTickCount64() < deadline) {
    MsgWaitForMultipleObjects(0, nullptr, FALSE, 50, QS_ALLINPUT);
    unknot::pump_messages();
  }
}

}  // namespace

TEST_CASE("Focus Assist turned on and off holds and releases prompts as do-not-disturb",
          "[dnd][windows]") {
  unknot::MessageWindow window;
  AttentionState state;
  state.focus_assist = 1;  // priority only, already on at start
  Meetings meetings;
  auto signal = unknot::make_windows_attention_signal(meetings.desk(), window,
                                                      std::make_unique<FakeAttentionSource>(state),
                                                      false, std::chrono::milliseconds{20});
  CHECK(signal->name() == "dnd");
  signal->start();
  REQUIRE(meetings.seen.size() == 1);
  CHECK(meetings.seen[0] == std::pair<std::string, bool>{"dnd", true});
  state.focus_assist = 0;
  pump_until([&] { return meetings.seen.size() == 2; });
  REQUIRE(meetings.seen.size() == 2);
  CHECK(meetings.seen[1] == std::pair<std::string, bool>{"dnd", false});
}

TEST_CASE("quiet hours and presentation mode count as do-not-disturb, fullscreen does not",
          "[dnd][windows]") {
  unknot::MessageWindow window;
  AttentionState state;
  state.fullscreen = true;
  Meetings meetings;
  auto signal = unknot::make_windows_attention_signal(meetings.desk(), window,
                                                      std::make_unique<FakeAttentionSource>(state),
                                                      false, std::chrono::milliseconds{20});
  signal->start();
  CHECK(meetings.seen.empty());
  state.presentation = true;
  pump_until([&] { return !meetings.seen.empty(); });
  REQUIRE(meetings.seen.size() == 1);
  state.presentation = false;
  state.quiet_time = true;  // still on: no new edge
  signal->stop();           // stopping releases the hold
  CHECK(meetings.seen.back() == std::pair<std::string, bool>{"dnd", false});
}

TEST_CASE("a fullscreen program is its own meeting source", "[dnd][windows]") {
  unknot::MessageWindow window;
  AttentionState state;
  state.fullscreen = true;
  Meetings meetings;
  auto signal = unknot::make_windows_attention_signal(
      meetings.desk(), window, std::make_unique<FakeAttentionSource>(state), true);
  CHECK(signal->name() == "fullscreen");
  signal->start();
  CHECK(meetings.seen == std::vector<std::pair<std::string, bool>>{{"fullscreen", true}});
}

TEST_CASE("the real source answers, also where ntdll has no Focus Assist state", "[dnd][windows]") {
  // Under Wine the WNF export is missing: the source must read "off", not fail.
  auto source = unknot::make_windows_attention_source();
  const AttentionState state = source->read();
  CHECK(state.focus_assist >= 0);
  CHECK(state.focus_assist <= 2);
}
