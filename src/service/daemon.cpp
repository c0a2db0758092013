#include "service/daemon.hpp"

#include <random>

#include <boost/asio/post.hpp>
#include <malloc.h>

#include "history/history_dates.hpp"
#include "history/history_recorder.hpp"
#include "history/history_store.hpp"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "platform/notifier.hpp"
#include "platform/paths.hpp"
#include "platform/status_notifier_item.hpp"
#include "protocol/status_reply.hpp"
#include "service/break_presenter.hpp"
#include "service/config_watcher.hpp"
#include "service/control_server.hpp"
#include "service/desk_wiring.hpp"
#include "service/glib_loop.hpp"
#include "service/ui_launcher.hpp"

namespace unknot {

namespace {
using namespace std::chrono_literals;
/// While the user is away, how often to look for their return. (While they
/// work, the engine's deadline says when to look: no polling then.)
constexpr Duration kIdlePollInterval = 2s;
/// Wake at least this often anyway, to notice wall-clock changes.
constexpr Duration kLongestSleep = 1h;
/// A deadline already passed is retried after this, never in a busy loop.
constexpr Duration kShortestSleep = 20ms;
/// A new "last input" within this of the previous one is the same input seen
/// through two clocks, not new activity.
constexpr Duration kInputJitter = 50ms;
/// Day totals are written at most this often (and at every break and exit).
constexpr Duration kTotalsInterval = 5min;

/// Diagnostics already say "error:" or "warning:" in the compiler format
/// editors parse, so they are logged as they are.
void log_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) log_info(d.to_string());
}

/// The status without the fields that change every second, so watchers hear
/// of real changes only.
nlohmann::json fingerprint(nlohmann::json status) {
  for (const char* key : {"sitting_s", "active_today_s", "longest_sitting_today_s"})
    status.erase(key);
  if (status["next_break"].is_object()) status["next_break"].erase("in_s");
  if (status["on_break"].is_object()) status["on_break"].erase("remaining_s");
  return status;
}
}  // namespace

Daemon::Daemon(DaemonOptions options, LiveConfig config)
    : options_(std::move(options)),
      config_(std::move(config)),
      glib_(std::make_unique<GlibLoop>(io_)),
      signals_(io_, SIGINT, SIGTERM),
      wake_timer_(io_),
      manual_meeting_timer_(io_),
      engine_(config_.settings(), read_clock()),
      idle_(make_idle_source()),
      notifier_(make_dbus_notifier()) {
  log_diagnostics(config_.startup_diagnostics());
  log_info("idle source: " + std::string(idle_->name()));
  presenter_ =
      std::make_unique<BreakPresenter>(*notifier_, config_.library(), std::random_device{}(),
                                       [this](BreakAnswer answer) { on_answer(answer); });
  presenter_->set_icon(
      (icons_dir() / "hicolor/scalable/apps/io.github.unknot.Unknot.svg").string());
  history_ = std::make_unique<HistoryStore>(state_dir() / "history.sqlite3");
  recorder_ = std::make_unique<HistoryRecorder>(
      [this](HistoryItem item) { history_->record(std::move(item)); });
  control_ = std::make_unique<ControlServer>(
      io_, control_socket_path(),
      [this](const control::Request& request) { return handle(request); });
  ui_ = std::make_unique<UiLauncher>(io_, ui_program_path());
}

Daemon::~Daemon() = default;

int Daemon::run() {
  if (control_->start() == ControlServer::StartResult::already_running) {
    std::fprintf(stderr, "unknot: already running for this user (%s); leaving it alone\n",
                 control_->socket_path().c_str());
    return 0;
  }
  watcher_ = std::make_unique<ConfigWatcher>(io_, config_.sources().watched_paths(),
                                             [this] { reload_config(true); });
  signals_.async_wait([this](const boost::system::error_code& ec, int signal) {
    if (ec) return;
    log_info(signal == SIGTERM ? "SIGTERM: stopping" : "SIGINT: stopping");
    shutdown();
  });
  log_info("running; control socket " + control_->socket_path().string());
  apply_retention(read_clock());
  desk_ = std::make_unique<DeskWiring>(engine_, [this] { refresh(); });
  desk_->apply(config_.settings().meetings);
  start_tray();
  refresh();
  return_free_memory();
  io_.run();
  return 0;
}

void Daemon::refresh() {
  if (stopping_) return;
  const Now now = read_clock();
  poll_input(now);
  engine_.advance(now);
  schedule(now, drain(now));
}

void Daemon::poll_input(const Now& now) {
  const std::optional<Duration> idle = idle_->idle_time();
  if (!idle) return;
  const SteadyTime last_input = now.steady - std::min(*idle, now.steady.time_since_epoch());
  if (last_input_ && last_input <= *last_input_ + kInputJitter) return;
  last_input_ = last_input;
  engine_.input(last_input, now);
}

Status Daemon::drain(const Now& now) {
  std::vector<TimedEvent> events = engine_.take_events();
  const Status status = engine_.status(now);
  const Settings& settings = config_.settings();
  for (const TimedEvent& event : events) {
    // History first: it records the plan of a break before the presenter
    // forgets it.
    recorder_->on_event(event, presenter_->current_plan(), settings, status);
    // The window first: with style "window" it replaces the notification,
    // if it could be started.
    present_in_window(event, settings);
    presenter_->set_window_open(ui_->running(UiRole::break_window));
    presenter_->on_event(event, settings);
    if (std::holds_alternative<DayRolledOver>(event.event)) apply_retention(now);
  }
  presenter_->end_batch();
  if (!last_totals_write_ || now.steady - *last_totals_write_ >= kTotalsInterval) {
    recorder_->record_totals(now, settings, status);
    last_totals_write_ = now.steady;
  }
  publish(now, status, !events.empty());
  return status;
}

void Daemon::publish(const Now& now, const Status& status, bool force) {
  update_tray(now, status);
  nlohmann::json json = status_to_json(status, idle_->name(), now);
  nlohmann::json print = fingerprint(json);
  if (!force && print == last_published_) return;
  last_published_ = std::move(print);
  control_->broadcast(json);
}

void Daemon::schedule(const Now& now, const Status& status) {
  Duration wait = kLongestSleep;
  if (const auto deadline = engine_.next_deadline())
    wait = std::min(wait, std::chrono::duration_cast<Duration>(*deadline - now.steady));
  if (status.state == State::idle) wait = std::min(wait, kIdlePollInterval);
  wait = std::max(wait, kShortestSleep);
  log_debug("sleeping " + std::to_string(wait.count()) + " ms");
  wake_timer_.expires_after(wait);
  wake_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) refresh();
  });
}

void Daemon::reload_config(bool from_watcher, Diagnostics* diagnostics) {
  LiveConfig::ReloadResult result = config_.reload();
  log_diagnostics(result.diagnostics);
  if (diagnostics) *diagnostics = result.diagnostics;
  if (!result.ok()) {
    log_warn("config has errors: the previous settings stay in force");
  }
  const Now now = read_clock();
  if (result.settings_changed) {
    engine_.apply_settings(config_.settings(), now);
    if (desk_) {
      desk_->apply(config_.settings().meetings);
      glib_->refresh();  // sources were added from an Asio handler: wake GLib
    }
  }
  if (result.library_changed) presenter_->set_library(config_.library());
  if (from_watcher && result.ok()) log_info("config reloaded");
  engine_.advance(now);
  schedule(now, drain(now));
  return_free_memory();
}

void Daemon::return_free_memory() {
  // Loading the config and the routine library parses a dozen TOML files into
  // trees that are freed at once; malloc keeps those pages. The daemon then
  // idles for hours, so hand them back (about 0.2 MB of its 4 MB) once the
  // loop has settled.
  boost::asio::post(io_, [] { malloc_trim(0); });
}

void Daemon::apply_retention(const Now& now) {
  const std::string today = history_date(now, config_.settings().daily.day_starts);
  if (const auto cutoff = retention_cutoff(today, config_.settings().history.retention_days))
    history_->apply_retention(*cutoff);
}

void Daemon::shutdown() {
  if (stopping_) return;
  stopping_ = true;
  const Now now = read_clock();
  recorder_->close_open_spans(now, config_.settings());
  recorder_->record_totals(now, config_.settings(), engine_.status(now));
  history_->flush();
  notifier_->close();
  wake_timer_.cancel();
  manual_meeting_timer_.cancel();
  signals_.cancel();
  watcher_.reset();
  control_->stop();
  tray_.reset();
  ui_->close_all();
  desk_.reset();
  glib_->stop();
}

}  // namespace unknot
