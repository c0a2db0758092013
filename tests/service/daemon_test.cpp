// The daemon as a whole on the simulated clock: its command table, the
// manual meeting, the tray's menu, and the answers that wait for the
// history, with fakes for everything outside (tests/support/daemon_harness.hpp).
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <algorithm>

#include <catch2/catch.hpp>

#include "history/history_sqlite.hpp"
#include "protocol/plan_reply.hpp"
#include "protocol/stats_reply.hpp"
#include "protocol/status_reply.hpp"
#include "support/daemon_harness.hpp"

using namespace std::chrono_literals;
using unknot::BreakKind;
using unknot::State;
using unknot::StatusReply;
using unknot::control::Command;
using unknot::control::ErrorCode;
using unknot::control::Request;
using unknot::test::DaemonHarness;

namespace {

StatusReply status_of(DaemonHarness& d) {
  const auto reply = d.ask(Command::status);
  REQUIRE(reply);
  REQUIRE(reply->ok);
  return reply->result.get<StatusReply>();
}

bool in_meeting(const StatusReply& status, const std::string& source) {
  const auto& sources = status.status.meeting_sources;
  return std::find(sources.begin(), sources.end(), source) != sources.end();
}

}  // namespace

TEST_CASE("every command of the protocol has its row in the daemon's table") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  for (const auto& spec : unknot::control::kCommands) {
    if (spec.command == Command::quit) continue;  // last, below
    Request request = Request::of(spec.command);
    if (spec.command == Command::meeting) request.on = false;
    INFO(spec.name);
    const auto reply = d.ask(request);
    REQUIRE(reply);  // answered, at once or once the history had the figures
    if (!reply->ok) CHECK(reply->code != ErrorCode::unknown_command);
    if (!reply->ok) CHECK(reply->code != ErrorCode::internal);
  }
  const auto quit = d.ask(Command::quit);
  REQUIRE(quit);
  CHECK(quit->ok);
  CHECK_FALSE(d.daemon->stopping());  // the answer goes out first
  d.daemon->io().restart();
  d.daemon->io().poll();
  CHECK(d.daemon->stopping());
}

TEST_CASE("twenty minutes of typing bring a micro break, shown and answerable") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  CHECK(status_of(d).status.next_break->kind == BreakKind::micro);
  d.type_for(21min);
  const StatusReply due = status_of(d);
  REQUIRE(due.status.break_due == BreakKind::micro);
  REQUIRE(d.notifier->current.has_value());  // the prompt is on screen
  CHECK(d.tray->view.state == unknot::TrayIconState::due);
  // The notification's Start button: the break runs and its window opens.
  d.notifier->press("start");
  CHECK(status_of(d).status.on_break == BreakKind::micro);
  CHECK(std::count(d.ui->opened.begin(), d.ui->opened.end(), "break") == 1);
  // The plan of the running break, with today's line from the history.
  const auto plan = d.ask(Command::plan);
  REQUIRE(plan);
  REQUIRE(plan->ok);
  const auto view = unknot::read_plan_reply(plan->result);
  REQUIRE(view);
  CHECK(view->running);
  CHECK(view->kind == BreakKind::micro);
  CHECK(view->duration_s == 20);
}

TEST_CASE("stats include a break answered a moment ago") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  d.type_for(21min);
  REQUIRE(d.ask(Command::start_break)->ok);
  d.clock.advance(10s);
  REQUIRE(d.ask(Command::done)->ok);  // done before the 20 s are up: still taken
  // No flush, no wait in the loop: the answer comes once the writer has it.
  Request stats = Request::of(Command::stats);
  stats.days = 1;
  const auto reply = d.ask(stats);
  REQUIRE(reply);
  REQUIRE(reply->ok);
  const auto figures = reply->result.get<unknot::StatsReply>();
  REQUIRE(figures.days.size() == 1);
  CHECK(figures.days[0].figures.taken == 1);
  CHECK(figures.totals.compliance == Approx(1.0));
}

TEST_CASE("done and skip are answered only once the outcome is in the database") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  d.type_for(21min);
  // What a second connection (another process, or the file after kill -9)
  // sees at the moment each reply goes out.
  auto stored = [&d]() -> std::string {
    try {
      auto db = unknot::sqlite::Database::open(d.history->path());
      db.exec("PRAGMA busy_timeout = 5000");  // the writer's first open may hold a lock
      return db.query_text("SELECT count(*) FROM breaks");
    } catch (const std::exception& error) {
      return error.what();  // not even created yet
    }
  };
  std::vector<std::string> seen;
  auto answered = [&](Command command) {
    auto reply = std::make_shared<bool>(false);
    d.daemon->handle(Request::of(command), [&, reply](const unknot::control::Reply& r) {
      CHECK(r.ok);
      seen.push_back(stored());
      *reply = true;
    });
    while (!*reply) {
      d.daemon->io().restart();
      d.daemon->io().run_one_for(std::chrono::milliseconds{10});
    }
  };
  REQUIRE(d.ask(Command::start_break)->ok);
  answered(Command::done);
  REQUIRE(d.ask(Command::start_break)->ok);
  answered(Command::skip);
  CHECK(seen == std::vector<std::string>{"1", "2"});
}

TEST_CASE("the manual meeting holds prompts like any desk signal, and resume ends it") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  Request on = Request::of(Command::meeting);
  on.on = true;
  REQUIRE(d.ask(on)->ok);
  StatusReply status = status_of(d);
  CHECK(status.status.state == State::meeting);
  CHECK(in_meeting(status, "manual"));
  d.type_for(30min);
  CHECK_FALSE(d.notifier->current.has_value());  // no prompt interrupts the meeting
  CHECK(status_of(d).status.sitting >= 30min);   // sitting time keeps counting
  REQUIRE(d.ask(Command::resume)->ok);
  CHECK_FALSE(in_meeting(status_of(d), "manual"));
  // Nothing left to resume: refused, as before.
  const auto again = d.ask(Command::resume);
  REQUIRE(again);
  CHECK_FALSE(again->ok);
  CHECK(again->message == "not paused");
  // `pause --meeting` is the same meeting; `meeting off` ends it.
  Request pause = Request::of(Command::pause);
  pause.meeting = true;
  REQUIRE(d.ask(pause)->ok);
  CHECK(in_meeting(status_of(d), "manual"));
  Request off = Request::of(Command::meeting);
  REQUIRE(d.ask(off)->ok);
  CHECK_FALSE(in_meeting(status_of(d), "manual"));
}

TEST_CASE("a click on the X11 tray icon starts unknot-ui only for the menu, at the icon") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  REQUIRE(d.tray != nullptr);
  d.tray->callbacks.on_menu(unknot::TrayRect{1200, 0, 24, 22});
  CHECK(d.ui->running(unknot::UiRole::menu));
  CHECK(d.ui->last_args == std::vector<std::string>{"menu", "--at", "1200,0,24,22"});
  CHECK_FALSE(d.ui->running(unknot::UiRole::tray));
}

TEST_CASE("the tray's menu goes through the same table as the socket") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  REQUIRE(d.tray != nullptr);
  unknot::TrayAction meeting;
  meeting.kind = unknot::TrayActionKind::meeting;
  meeting.on = true;
  d.tray->choose(meeting);
  CHECK(in_meeting(status_of(d), "manual"));
  CHECK(d.tray->view.state == unknot::TrayIconState::meeting);
  meeting.on = false;
  d.tray->choose(meeting);
  CHECK_FALSE(in_meeting(status_of(d), "manual"));
  unknot::TrayAction pause;
  pause.kind = unknot::TrayActionKind::pause_for;
  pause.duration = 30min;
  d.tray->choose(pause);
  const StatusReply paused = status_of(d);
  CHECK(paused.status.paused);
  CHECK(paused.status.paused_until.has_value());
  CHECK(d.tray->view.state == unknot::TrayIconState::paused);
  unknot::TrayAction stats;
  stats.kind = unknot::TrayActionKind::statistics;
  d.tray->choose(stats);
  CHECK(d.ui->opened.back() == "stats");
}

TEST_CASE("pause --until a time of day pauses until then") {
  DaemonHarness d;
  REQUIRE(d.daemon->start());
  Request until = Request::of(Command::pause);
  until.until = unknot::TimeOfDay{9 * 60};
  const auto reply = d.ask(until);
  REQUIRE(reply);
  CHECK(reply->ok);
  CHECK(status_of(d).status.paused);
}
