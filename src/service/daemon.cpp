#include "service/daemon.hpp"

#include <random>

#include <boost/asio/post.hpp>

#include "history/history_dates.hpp"
#include "history/history_recorder.hpp"
#include "history/history_store.hpp"
#include "platform/allocator.hpp"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "platform/notifier.hpp"
#include "platform/shell_runner.hpp"
#include "protocol/status_reply.hpp"
#include "service/break_presenter.hpp"
#include "service/control_server.hpp"
#include "service/desk_wiring.hpp"
#include "service/glib_loop.hpp"
#include "service/manual_meeting.hpp"
#include "service/reminder_presenter.hpp"

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
  for (auto& reminder : status["reminders"]) reminder.erase("in_s");
  return status;
}
}  // namespace

Daemon::Daemon(DaemonOptions options, LiveConfig config, DaemonParts parts)
    : options_(std::move(options)),
      config_(std::move(config)),
      parts_(std::move(parts)),
      glib_(parts_.make_glib ? parts_.make_glib(io_) : nullptr),
      wake_timer_(io_),
      engine_(config_.settings(), parts_.clock()),
      ui_(parts_.make_ui(io_)),
      hooks_(parts_.make_hooks ? parts_.make_hooks(io_) : nullptr) {
  log_diagnostics(config_.startup_diagnostics());
  if (const std::string outcome = describe(config_.startup_outcome(), false); !outcome.empty())
    log_warn(outcome);
  log_info("idle source: " + std::string(parts_.idle->name()));
  presenter_ =
      std::make_unique<BreakPresenter>(*parts_.notifier, config_.library(), std::random_device{}(),
                                       [this](BreakAnswer answer) { on_answer(answer); });
  presenter_->set_icon(parts_.notification_icon);
  start_reminders();
  recorder_ = std::make_unique<HistoryRecorder>(
      [this](HistoryItem item) { parts_.history->record(std::move(item)); });
  // The surrounding step acts on what the manual meeting changes; one that
  // ends by itself is a wake of its own.
  manual_meeting_ = std::make_unique<ManualMeeting>(io_, desk_events_for(engine_, {}, parts_.clock),
                                                    [this] { refresh(); });
  control_ = std::make_unique<ControlServer>(
      io_, parts_.socket_path,
      AsyncHandler([this](const control::Request& request, Responder respond) {
        handle(request, std::move(respond));
      }));
}

Daemon::~Daemon() = default;

int Daemon::run() {
  if (!start()) {
    std::fprintf(stderr, "unknot: already running for this user (%s); leaving it alone\n",
                 control_->socket_path().c_str());
    return 0;
  }
  io_.run();
  return 0;
}

bool Daemon::start() {
  if (control_->start() == ControlServer::StartResult::already_running) return false;
  if (parts_.make_watcher)
    watcher_ = parts_.make_watcher(io_, config_.sources().watched_paths(),
                                   [this] { reload_config(true); });
  signals_.emplace(io_, SIGINT, SIGTERM);
  signals_->async_wait([this](const boost::system::error_code& ec, int signal) {
    if (ec) return;
    log_info(signal == SIGTERM ? "SIGTERM: stopping" : "SIGINT: stopping");
    shutdown();
  });
  log_info("running; control socket " + control_->socket_path().string());
  apply_retention(parts_.clock());
  desk_ = std::make_unique<DeskWiring>(
      engine_, [this] { refresh(); }, parts_.clock, parts_.make_desk_signals);
  desk_->apply(config_.settings().meetings);
  start_tray();
  refresh();
  return_free_memory();
  return true;
}

void Daemon::step(const std::function<void(const Now& now)>& act) {
  const Now now = parts_.clock();
  poll_input(now);
  engine_.advance(now);
  if (act) act(now);
  schedule(now, drain(now));
}

void Daemon::refresh() {
  if (stopping_) return;
  step({});
}

void Daemon::poll_input(const Now& now) {
  const std::optional<Duration> idle = parts_.idle->idle_time();
  if (!idle) return;
  const SteadyTime last_input = now.steady - std::min(*idle, now.steady.time_since_epoch());
  if (last_input_ && last_input <= *last_input_ + kInputJitter) return;
  last_input_ = last_input;
  engine_.input(last_input, now);
}

Status Daemon::drain(const Now& now) {
  std::vector<TimedEvent> events = engine_.take_events();
  Status status = engine_.status(now);
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
    run_hook(event, status, settings);
  }
  presenter_->end_batch();
  // After the break's events: a reminder gives way to a prompt shown just now.
  const bool reminders_changed = advance_reminders(now, status);
  status.reminders = reminders_.status(reminder_facts(status, now));
  if (!last_totals_write_ || now.steady - *last_totals_write_ >= kTotalsInterval) {
    recorder_->record_totals(now, settings, status);
    last_totals_write_ = now.steady;
  }
  publish(now, status, !events.empty() || reminders_changed);
  return status;
}

void Daemon::run_hook(const TimedEvent& event, const Status& status, const Settings& settings) {
  // Followed even without a runner, so the pairing holds if one comes later.
  std::optional<HookCall> hook = hook_events_.on_event(event, status, settings.hooks);
  if (hook && hooks_) hooks_->run({hook->name, hook->command, std::move(hook->environment)});
}

void Daemon::publish(const Now& now, const Status& status, bool force) {
  update_tray(now, status);
  nlohmann::json json = status_reply(now, status);
  nlohmann::json print = fingerprint(json);
  if (!force && print == last_published_) return;
  last_published_ = std::move(print);
  control_->broadcast(json);
}

StatusReply Daemon::status_reply(const Now& now, const Status& status) const {
  const auto offset = status.paused_until ? utc_offset_at(*status.paused_until) : now.utc_offset;
  return StatusReply{status, std::string(parts_.idle->name()), offset, std::nullopt};
}

void Daemon::schedule(const Now& now, const Status& status) {
  Duration wait = kLongestSleep;
  if (const auto deadline = engine_.next_deadline())
    wait = std::min(wait, std::chrono::duration_cast<Duration>(*deadline - now.steady));
  if (const auto deadline = reminders_.next_deadline(reminder_facts(status, now)))
    wait = std::min(wait, std::chrono::duration_cast<Duration>(*deadline - now.steady));
  if (status.state == State::idle) wait = std::min(wait, kIdlePollInterval);
  wait = std::max(wait, kShortestSleep);
  log_debug("sleeping " + std::to_string(wait.count()) + " ms");
  wake_timer_.expires_after(wait);
  wake_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) refresh();
  });
}

LiveConfig::ReloadResult Daemon::reload_config(bool from_watcher) {
  LiveConfig::ReloadResult result = config_.reload();
  log_diagnostics(result.diagnostics);
  if (const std::string outcome = describe(result.config, true); !outcome.empty())
    log_warn(outcome);
  step([&](const Now& now) {
    if (result.settings_changed) {
      engine_.apply_settings(config_.settings(), now);
      reminders_.apply(config_.settings().reminders, reminder_facts(engine_.status(now), now));
      if (desk_) {
        desk_->apply(config_.settings().meetings);
        if (glib_) glib_->refresh();  // sources were added from an Asio handler: wake GLib
      }
    }
    if (result.library_changed) presenter_->set_library(config_.library());
  });
  if (from_watcher && result.config.unusable_files.empty()) log_info("config reloaded");
  return_free_memory();
  return result;
}

void Daemon::return_free_memory() {
  // Loading the config and the routine library parses a dozen TOML files into
  // trees that are freed at once; malloc keeps those pages. The daemon then
  // idles for hours, so hand them back (about 0.2 MB of its 4 MB) once the
  // loop has settled.
  boost::asio::post(io_, [] { release_free_memory(); });
}

void Daemon::apply_retention(const Now& now) {
  const std::string today = history_date(now, config_.settings().daily.day_starts);
  if (const auto cutoff = retention_cutoff(today, config_.settings().history.retention_days))
    parts_.history->apply_retention(*cutoff);
}

void Daemon::shutdown() {
  if (stopping_) return;
  stopping_ = true;
  const Now now = parts_.clock();
  recorder_->close_open_spans(now, config_.settings());
  recorder_->record_totals(now, config_.settings(), engine_.status(now));
  parts_.history->flush();
  parts_.notifier->close();
  if (parts_.reminder_notifier) parts_.reminder_notifier->close();
  wake_timer_.cancel();
  manual_meeting_->stop();
  if (signals_) signals_->cancel();
  watcher_.reset();
  control_->stop();
  tray_.reset();
  ui_->close_all();
  desk_.reset();
  if (glib_) glib_->stop();
}

}  // namespace unknot
