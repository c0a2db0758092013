#pragma once
// A whole daemon on the simulated clock: the real engine, presenter, history
// (in a private state folder), command table and control server object (never
// started), with fakes for the idle source, notifications, unknot-ui's
// windows, the tray item and the desk signals. Nothing touches the desktop.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "history/history_store.hpp"
#include "service/daemon.hpp"
#include "service/live_config.hpp"
#include "support/fake_idle_source.hpp"
#include "support/fake_notifier.hpp"
#include "support/fake_tray_item.hpp"
#include "support/fake_ui_windows.hpp"
#include "support/sim_clock.hpp"
#include "support/temp_home.hpp"

namespace unknot::test {

/// A config for short days: micro breaks every 20 min for 20 s, nothing else.
inline const char* kShortDayConfig =
    "[micro]\nevery = \"20m\"\nduration = \"20s\"\n"
    "[rest]\nenabled = false\n[daily]\nenabled = false\n";

class DaemonHarness {
 public:
  explicit DaemonHarness(const std::string& config = kShortDayConfig) {
    home.write("config/unknot/config.toml", config);
    DaemonOptions options;
    options.routine_dirs = {home.root() / "routines"};
    DaemonParts parts;
    parts.clock = [this] { return clock.now(); };
    auto idle_source = std::make_unique<FakeIdleSource>();
    idle = idle_source.get();
    parts.idle = std::move(idle_source);
    auto notifier_fake = std::make_unique<FakeNotifier>();
    notifier = notifier_fake.get();
    parts.notifier = std::move(notifier_fake);
    parts.history = std::make_unique<HistoryStore>(home.state_home() / "unknot/history.sqlite3");
    history = parts.history.get();
    parts.socket_path = home.runtime_dir() / "unknot/control.sock";
    parts.make_ui = [this](boost::asio::io_context&) {
      auto fake = std::make_unique<FakeUiWindows>();
      ui = fake.get();
      return fake;
    };
    parts.make_tray = [this](boost::asio::io_context&, TrayItemCallbacks callbacks) {
      auto fake = std::make_unique<FakeTrayItem>(std::move(callbacks));
      tray = fake.get();
      return fake;
    };
    parts.make_desk_signals = [](const MeetingSettings&, const DeskEvents&) {
      return std::vector<std::unique_ptr<DeskSignal>>{};
    };
    daemon =
        std::make_unique<Daemon>(options, LiveConfig(config_sources(options)), std::move(parts));
  }

  /// The reply to `request`, once the daemon gave it (running the loop's
  /// posted work meanwhile: stats and plan come back from the history
  /// writer). nullopt when none came within five seconds.
  std::optional<control::Reply> ask(const control::Request& request) {
    auto reply = std::make_shared<std::optional<control::Reply>>();
    daemon->handle(request, [reply](control::Reply r) { *reply = std::move(r); });
    auto& io = daemon->io();
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds{5};
    while (!*reply && std::chrono::steady_clock::now() < give_up) {
      io.restart();
      io.run_one_for(std::chrono::milliseconds{10});
    }
    return *reply;
  }

  /// ask() for a command without arguments.
  std::optional<control::Reply> ask(control::Command command) {
    return ask(control::Request::of(command));
  }

  /// The user keeps typing for `length`: the clock moves in steps of `tick`
  /// (shorter than the idle threshold, as keys come) and the daemon wakes at
  /// each, as its timer would wake it.
  void type_for(Duration length, Duration tick = std::chrono::seconds{5}) {
    for (Duration done{}; done < length; done += tick) {
      clock.advance(tick);
      idle->idle = Duration{0};
      daemon->refresh();
    }
  }

  TempHome home;
  SimClock clock;
  FakeIdleSource* idle = nullptr;
  FakeNotifier* notifier = nullptr;
  FakeUiWindows* ui = nullptr;
  FakeTrayItem* tray = nullptr;  ///< set once the daemon starts its tray (run())
  HistoryStore* history = nullptr;
  std::unique_ptr<Daemon> daemon;
};

}  // namespace unknot::test
