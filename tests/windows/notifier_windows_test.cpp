// Break notifications on Windows as balloons: what the user reads, and what
// a click or a timeout does. Against the fake surface (Wine draws none),
// plus the real tray surface's calls.
#include "platform/notifier_windows.hpp"

#include <catch2/catch.hpp>

#include "platform/tray_windows.hpp"
#include "support/fake_balloon_surface.hpp"

using unknot::BalloonEvent;
using unknot::Notification;
using unknot::test::FakeBalloonSurface;

namespace {

Notification prompt() {
  Notification n;
  n.summary = "Micro break";
  n.body = "Neck tilt: 30 s";
  n.actions = {{"start", "Start"}, {"snooze", "Snooze"}};
  n.no_actions_hint = "Snooze: unknotctl snooze";
  return n;
}

}  // namespace

TEST_CASE("a balloon has no buttons, so the prompt says how to snooze", "[notify][windows]") {
  FakeBalloonSurface surface;
  auto notifier = unknot::make_balloon_notifier(surface);
  CHECK_FALSE(notifier->supports_actions());
  notifier->show(prompt());
  REQUIRE(surface.shown.size() == 1);
  CHECK(surface.shown[0].title == "Micro break");
  CHECK(surface.shown[0].text == "Neck tilt: 30 s\nSnooze: unknotctl snooze");
  CHECK_FALSE(surface.shown[0].warning);
  CHECK(surface.shown[0].respect_quiet_time);
}

TEST_CASE("a click on the balloon is the default action, a timeout closes it",
          "[notify][windows]") {
  FakeBalloonSurface surface;
  auto notifier = unknot::make_balloon_notifier(surface);
  std::vector<std::string> actions;
  std::vector<std::uint32_t> closed;
  notifier->on_action([&](std::string key) { actions.push_back(key); });
  notifier->on_closed([&](std::uint32_t reason) { closed.push_back(reason); });
  notifier->show(prompt());
  surface.raise(BalloonEvent::clicked);
  CHECK(actions == std::vector<std::string>{"default"});
  notifier->show(prompt());
  surface.raise(BalloonEvent::timed_out);
  CHECK(closed == std::vector<std::uint32_t>{unknot::close_reason::expired});
  surface.raise(BalloonEvent::clicked);  // no balloon any more: nothing
  CHECK(actions.size() == 1);
}

TEST_CASE("a critical prompt warns and comes through quiet hours", "[notify][windows]") {
  FakeBalloonSurface surface;
  auto notifier = unknot::make_balloon_notifier(surface);
  Notification n = prompt();
  n.urgency = 2;
  notifier->show(n);
  REQUIRE(surface.shown.size() == 1);
  CHECK(surface.shown[0].warning);
  CHECK_FALSE(surface.shown[0].respect_quiet_time);
}

TEST_CASE("closing withdraws the balloon once, and without a tray nothing is available",
          "[notify][windows]") {
  FakeBalloonSurface surface;
  auto notifier = unknot::make_balloon_notifier(surface);
  notifier->close();
  CHECK(surface.hides == 0);
  notifier->show(prompt());
  notifier->close();
  notifier->close();
  CHECK(surface.hides == 1);
  surface.is_ready = false;
  CHECK_FALSE(notifier->available());
}

TEST_CASE("the tray's balloons reach the notifier through the icon's messages",
          "[notify][windows]") {
  unknot::MessageWindow window;
  unknot::WindowsTray tray(window);
  auto surface = unknot::make_tray_balloon_surface(tray);
  auto notifier = unknot::make_balloon_notifier(*surface);
  std::vector<std::string> actions;
  notifier->on_action([&](std::string key) { actions.push_back(key); });
  notifier->show(prompt());
  // What the shell sends when the user clicks the balloon (version 4).
  SendMessageW(window.handle(), tray.callback_message(), 0, MAKELPARAM(NIN_BALLOONUSERCLICK, 1));
  // Only a balloon the shell accepted can be clicked: under Wine without a
  // notification area there is none, and nothing happens.
  CHECK(actions ==
        (tray.shown() ? std::vector<std::string>{"default"} : std::vector<std::string>{}));
}
