#include <utility>  // before Asio: Boost 1.74 + C++20 needs it first

#include <functional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <catch2/catch.hpp>

#include "mini_notification_server.hpp"
#include "notifier_harness.hpp"
#include "service/glib_loop.hpp"

using namespace std::chrono_literals;
using unknot::test::break_prompt;
using unknot::test::NotifierHarness;
using unknot::test::pump_until;
using unknot::test::run_command;

namespace {

/// dunst invokes this action for our notifications on `dunstctl action`.
const std::string kSnoozeOnAction =
    "[unknot_snooze]\n    appname = Unknot\n    action_name = snooze\n";

}  // namespace

TEST_CASE("a break prompt reaches the server with its text, buttons and hints", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst();
  h.start_monitor();
  h.make_notifier();
  REQUIRE(pump_until([&] { return h.notifier->available(); }));
  CHECK(h.notifier->supports_actions());

  auto prompt = break_prompt();
  prompt.icon = "/usr/share/unknot/icon.png";
  prompt.transient = true;
  h.notifier->show(prompt);
  REQUIRE(pump_until([&] { return h.calls().size() == 1; }));

  const auto call = h.calls().front();
  CHECK(call.app_name == "Unknot");
  CHECK(call.replaces_id == 0);
  CHECK(call.icon == "file:///usr/share/unknot/icon.png");
  CHECK(call.summary == "Neck side tilt");
  CHECK(call.body == "Sit tall, shoulders down.");
  CHECK(call.actions ==
        std::vector<std::string>{"start", "Start", "snooze", "Snooze", "skip", "Skip"});
  CHECK(call.hints.at("urgency") == "byte 1");
  CHECK(call.hints.at("category") == "string x-unknot.break");
  CHECK(call.hints.at("desktop-entry") == "string io.github.unknot.Unknot");
  CHECK(call.hints.at("transient") == "boolean true");
  CHECK(call.expire_timeout == -1);
  CHECK(unknot::test::wait_until([] { return NotifierHarness::dunst_count("displayed") == 1; }));
  CHECK(h.warnings.empty());
}

TEST_CASE("showing again replaces the notification instead of stacking a second", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst();
  h.start_monitor();
  h.make_notifier();
  REQUIRE(pump_until([&] { return h.notifier->available(); }));

  h.notifier->show(break_prompt("First"));
  REQUIRE(pump_until([&] { return h.calls().size() == 1; }));
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  // Two more at once: neither may go out without the first's id, and the
  // second may be skipped altogether (superseded before it was sent).
  h.notifier->show(break_prompt("Second"));
  h.notifier->show(break_prompt("Third"));
  REQUIRE(pump_until([&] { return h.calls().back().summary == "Third"; }));

  const auto calls = h.calls();
  INFO(h.desktop.read_log("monitor.log"));
  REQUIRE(calls.size() <= 3);
  for (std::size_t i = 1; i < calls.size(); ++i) {
    CHECK(calls[i].replaces_id != 0);
    CHECK(calls[i].replaces_id == calls[1].replaces_id);
  }
  pump_until([] { return false; }, 200ms);  // let dunst draw what it got
  CHECK(NotifierHarness::dunst_count("displayed") == 1);
  CHECK(NotifierHarness::dunst_count("waiting") == 0);
}

TEST_CASE("pressing a button on the notification reaches on_action", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst(kSnoozeOnAction);
  h.make_notifier();
  h.notifier->show(break_prompt());
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));

  REQUIRE(run_command({"dunstctl", "action", "0"}).exit_code == 0);
  REQUIRE(pump_until([&] { return !h.actions.empty(); }));
  CHECK(h.actions == std::vector<std::string>{"snooze"});
  CHECK(h.closes.empty());
}

TEST_CASE("dismissing the notification reaches on_closed as dismissed", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst();
  h.make_notifier();
  h.notifier->show(break_prompt());
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));

  REQUIRE(run_command({"dunstctl", "close"}).exit_code == 0);
  REQUIRE(pump_until([&] { return !h.closes.empty(); }));
  CHECK(h.closes == std::vector<std::uint32_t>{unknot::close_reason::dismissed});
  CHECK(h.actions.empty());

  // Dismissed is forgotten: the next prompt is a new notification.
  h.notifier->show(break_prompt("Next"));
  CHECK(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
}

TEST_CASE("close() withdraws the notification without reporting it back", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst();
  h.make_notifier();
  h.notifier->show(break_prompt("Withdrawn"));
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  h.notifier->close();
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 0; }));

  // dunst signals in order: a report of the first close would come before this one.
  h.notifier->show(break_prompt("Kept"));
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  REQUIRE(run_command({"dunstctl", "close"}).exit_code == 0);
  REQUIRE(pump_until([&] { return !h.closes.empty(); }));
  CHECK(h.closes == std::vector<std::uint32_t>{unknot::close_reason::dismissed});
}

TEST_CASE("a prompt shown before any notification server appears once one starts", "[notifier]") {
  NotifierHarness h;
  h.make_notifier();
  h.notifier->show(break_prompt("Early"));
  REQUIRE(pump_until([&] { return !h.warnings.empty(); }));
  CHECK_FALSE(h.notifier->available());
  h.notifier->show(break_prompt("Still early"));
  pump_until([] { return false; }, 200ms);
  CHECK(h.warnings.size() == 1);  // said once, not per prompt

  h.start_monitor();
  h.desktop.start_dunst();
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  CHECK(h.notifier->available());
  REQUIRE(pump_until([&] { return !h.calls().empty(); }));
  CHECK(h.calls().back().summary == "Still early");
}

TEST_CASE("a server that restarts gets the open prompt again", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst();
  h.make_notifier();
  h.notifier->show(break_prompt());
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  h.desktop.stop_dunst();
  REQUIRE(pump_until([&] { return !h.notifier->available(); }));
  h.desktop.start_dunst();
  CHECK(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  CHECK(h.closes.empty());
}

TEST_CASE("signals about our notification from anyone but the server are ignored", "[notifier]") {
  NotifierHarness h;
  h.desktop.start_dunst(kSnoozeOnAction);
  h.start_monitor();
  h.make_notifier();
  h.notifier->show(break_prompt());
  REQUIRE(pump_until([&] { return NotifierHarness::dunst_count("displayed") == 1; }));
  // Showing again tells us (replaces_id) which id the server gave our notification.
  h.notifier->show(break_prompt("Again"));
  REQUIRE(pump_until([&] { return h.calls().size() == 2; }));
  const std::string us = h.calls().back().sender;
  const std::string our_id = std::to_string(h.calls().back().replaces_id);

  // Any peer may send us a signal: a forged press of "skip" on our notification.
  REQUIRE(run_command({"gdbus", "emit", "--session", "--dest", us, "--object-path",
                       "/org/freedesktop/Notifications", "--signal",
                       "org.freedesktop.Notifications.ActionInvoked", "uint32 " + our_id, "'skip'"})
              .exit_code == 0);
  REQUIRE(run_command({"dunstctl", "action", "0"}).exit_code == 0);
  REQUIRE(pump_until([&] { return !h.actions.empty(); }));
  CHECK(h.actions == std::vector<std::string>{"snooze"});
}

TEST_CASE("without a session bus the notifier says so and stays harmless", "[notifier]") {
  NotifierHarness h{{.x11 = false, .dbus = false}};
  h.make_notifier();
  h.notifier->show(break_prompt());
  REQUIRE(pump_until([&] { return !h.warnings.empty(); }));
  CHECK_THAT(h.warnings.front(), Catch::Contains("D-Bus"));
  CHECK_FALSE(h.notifier->available());
  h.notifier->close();
}

TEST_CASE("from a daemon's Asio loop, prompts go out and replies come back via GlibLoop",
          "[notifier][glib_loop]") {
  NotifierHarness h;
  h.desktop.start_dunst();
  boost::asio::io_context io;
  unknot::GlibLoop loop{io};
  h.make_notifier();
  // As the daemon will: an Asio handler (the engine's deadline) raises the prompt.
  boost::asio::post(io, [&] { h.notifier->show(break_prompt()); });
  auto run_until = [&](const std::function<bool()>& condition) {
    return unknot::test::wait_until([&] {
      io.run_for(5ms);
      return condition();
    });
  };
  REQUIRE(run_until([] { return NotifierHarness::dunst_count("displayed") == 1; }));
  REQUIRE(run_command({"dunstctl", "close"}).exit_code == 0);
  REQUIRE(run_until([&] { return !h.closes.empty(); }));
  CHECK(h.closes == std::vector<std::uint32_t>{unknot::close_reason::dismissed});
  h.notifier.reset();
  loop.stop();
}

TEST_CASE("a server without buttons gets the commands in the body instead", "[notifier]") {
  NotifierHarness h;
  unknot::test::MiniNotificationServer server{{"body"}};
  h.make_notifier();
  h.notifier->show(break_prompt());
  REQUIRE(pump_until([&] { return !server.calls.empty(); }));
  pump_until([] { return false; }, 100ms);  // a second Notify would show up here

  REQUIRE(server.calls.size() == 1);
  CHECK(server.calls[0].actions.empty());
  CHECK(server.calls[0].body == "Sit tall, shoulders down.\nunknotctl break | snooze | skip");
  CHECK_FALSE(h.notifier->supports_actions());
}

TEST_CASE("a server that renders markup gets the text escaped", "[notifier]") {
  NotifierHarness h;
  unknot::test::MiniNotificationServer server{{"actions", "body", "body-markup"}};
  h.make_notifier();
  auto prompt = break_prompt();
  prompt.body = "Knees <below> hips & relax";
  h.notifier->show(prompt);
  REQUIRE(pump_until([&] { return !server.calls.empty(); }));
  CHECK(server.calls[0].body == "Knees &lt;below&gt; hips &amp; relax");
  CHECK(server.calls[0].actions.size() == 6);
}
