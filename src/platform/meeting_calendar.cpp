// "calendar": the user's own .ics file says they are in a meeting. One timer
// to the next boundary (start or end of a busy event) and a file monitor;
// nothing is polled while the calendar stays as it is.
//
// The file is opened, read and parsed on a thread of its own, one read at a
// time, and only the busy intervals of a window around now come back to the
// loop: a path that blocks (a FIFO, a stalled network mount) or a huge file
// must never hold up the daemon's loop, its breaks or its control socket.
#include "platform/meeting_calendar.hpp"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <variant>

#include <gio/gio.h>
#include <malloc.h>

#include "platform/clock.hpp"
#include "platform/desk_signal.hpp"
#include "platform/log.hpp"

namespace unknot {
namespace {

using namespace std::chrono_literals;

/// How far ahead the timer looks for the next boundary.
constexpr Duration kHorizon = std::chrono::hours{24 * 7};
/// The window each read keeps: a day back (a clock set back a little), and
/// two horizons ahead; read again once less than a horizon is left.
constexpr Duration kKeepBefore = std::chrono::hours{24};
constexpr Duration kKeepAhead = 2 * kHorizon;
/// GLib's timers follow the monotonic clock, which stops in suspend and
/// ignores a changed wall clock; looking again this often bounds the error
/// after either at a cost of one wakeup per ten minutes.
constexpr Duration kLongestWait = 10min;
/// Editors write a file in several steps; re-read once they settle.
constexpr guint kSettleMs = 200;

class CalendarSignal final : public DeskSignal {
 public:
  CalendarSignal(DeskEvents events, CalendarOptions options)
      : events_(std::move(events)), options_(std::move(options)) {
    if (!options_.now) options_.now = [] { return read_clock().wall; };
    // People write "~/calendar.ics" in config.toml as they would in a shell.
    const char* home = g_get_home_dir();
    if (options_.path.starts_with("~/") && home != nullptr)
      options_.path = std::string{home} + options_.path.substr(1);
  }
  ~CalendarSignal() override {
    unwatch();
    alive_.reset();  // a read still under way finds no one to report to
    // A read blocked on a stalled mount may never end: never wait for it.
    if (reader_.joinable()) reader_.detach();
  }

  [[nodiscard]] std::string_view name() const override { return "calendar"; }

  void start() override {
    if (started_) return;
    started_ = true;
    watch();
    load();
  }

  void stop() override {
    started_ = false;
    unwatch();
    report(false);
  }

 private:
  void watch() {
    GFile* file = g_file_new_for_path(options_.path.c_str());
    GError* error = nullptr;
    monitor_ = g_file_monitor_file(file, G_FILE_MONITOR_NONE, nullptr, &error);
    g_object_unref(file);
    if (monitor_ == nullptr) {
      log_warn(options_.path + ": calendar changes not followed: " + error->message);
      g_clear_error(&error);
      return;
    }
    g_signal_connect(monitor_, "changed", G_CALLBACK(&CalendarSignal::on_file_changed), this);
  }

  void unwatch() {
    clear_source(timer_);
    clear_source(settle_);
    if (monitor_ != nullptr) {
      g_signal_handlers_disconnect_by_data(monitor_, this);
      g_file_monitor_cancel(monitor_);
      g_object_unref(monitor_);
      monitor_ = nullptr;
    }
    schedule_.reset();
  }

  static void clear_source(guint& id) {
    if (id != 0) g_source_remove(id);
    id = 0;
  }

  static void on_file_changed(GFileMonitor*, GFile*, GFile*, GFileMonitorEvent event,
                              gpointer data) {
    if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED) return;
    auto* self = static_cast<CalendarSignal*>(data);
    clear_source(self->settle_);
    self->settle_ = g_timeout_add(kSettleMs, &CalendarSignal::on_settled, self);
  }

  static gboolean on_settled(gpointer data) {
    auto* self = static_cast<CalendarSignal*>(data);
    self->settle_ = 0;
    self->load();
    return G_SOURCE_REMOVE;
  }

  static gboolean on_timer(gpointer data) {
    auto* self = static_cast<CalendarSignal*>(data);
    self->timer_ = 0;
    self->evaluate();
    return G_SOURCE_REMOVE;
  }

  /// Starts reading the file on a thread of its own; a change while a read
  /// is under way reads again once it is done. The result comes back on the
  /// loop (on_read), never while this object is gone.
  void load() {
    if (reading_) {
      read_again_ = true;
      return;
    }
    reading_ = true;
    read_again_ = false;
    const WallTime now = options_.now();
    reader_ = std::thread{[token = std::weak_ptr<CalendarSignal*>{alive_}, path = options_.path,
                           from = now - kKeepBefore, to = now + kKeepAhead] {
      auto* read = new ReadResult{token, read_calendar_busy(path, from, to), to};
      GSource* source = g_idle_source_new();
      g_source_set_callback(source, &CalendarSignal::on_read, read, &ReadResult::destroy);
      g_source_attach(source, nullptr);  // the default context: the daemon's loop
      g_source_unref(source);
    }};
  }

  /// A read's outcome, owned by the idle source that carries it to the loop.
  struct ReadResult {
    std::weak_ptr<CalendarSignal*> token;
    std::variant<BusySchedule, std::string> busy;
    WallTime window_end;
    static void destroy(gpointer data) { delete static_cast<ReadResult*>(data); }
  };

  static gboolean on_read(gpointer data) {
    auto* read = static_cast<ReadResult*>(data);
    if (const auto token = read->token.lock()) (*token)->took(std::move(*read));
    return G_SOURCE_REMOVE;
  }

  /// Keeps a read's intervals; a broken file is logged once (not again until
  /// it changes into something else) and holds nothing.
  void took(ReadResult&& read) {
    reading_ = false;
    // The reader has posted this and is ending: join it, then give back what
    // libical's tree took from its malloc arena (megabytes for a big file).
    if (reader_.joinable()) reader_.join();
    ::malloc_trim(0);
    if (!started_) return;
    if (auto* error = std::get_if<std::string>(&read.busy)) {
      schedule_.reset();
      if (*error != last_error_) log_warn(*error + " (calendar ignored until fixed)");
      last_error_ = *error;
    } else {
      schedule_ = std::move(std::get<BusySchedule>(read.busy));
      window_end_ = read.window_end;
      if (!last_error_.empty()) log_info(options_.path + ": calendar read again");
      last_error_.clear();
    }
    if (read_again_) load();
    evaluate();
  }

  /// Reports whether now is busy and sleeps until that can next change.
  void evaluate() {
    clear_source(timer_);
    if (!schedule_) {
      report(false);
      return;
    }
    const WallTime now = options_.now();
    if (now + kHorizon > window_end_) load();  // the window runs out: expand further ahead
    report(schedule_->busy_at(now));
    const WallTime next = schedule_->next_change(now).value_or(now + kHorizon);
    const auto wait = std::clamp<Duration>(next - now, 1ms, kLongestWait);
    timer_ = g_timeout_add(static_cast<guint>(wait.count()), &CalendarSignal::on_timer, this);
  }

  void report(bool busy) {
    if (busy == busy_) return;
    busy_ = busy;
    log_debug(busy ? "calendar: busy event under way" : "calendar: free");
    if (events_.meeting) events_.meeting("calendar", busy);
  }

  DeskEvents events_;
  CalendarOptions options_;
  std::optional<BusySchedule> schedule_;  ///< the last good read's intervals
  WallTime window_end_{};                 ///< how far ahead schedule_ reaches
  std::string last_error_;
  /// Weakly held by each read under way, so its result is dropped once this is gone.
  std::shared_ptr<CalendarSignal*> alive_ = std::make_shared<CalendarSignal*>(this);
  std::thread reader_;  ///< the read under way, or the last one (joined once it reports)
  bool reading_ = false;
  bool read_again_ = false;
  GFileMonitor* monitor_ = nullptr;
  guint timer_ = 0;
  guint settle_ = 0;
  bool started_ = false;
  bool busy_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_calendar_signal(DeskEvents events, CalendarOptions options) {
  return std::make_unique<CalendarSignal>(std::move(events), std::move(options));
}

}  // namespace unknot
