// "calendar": the user's own .ics file says they are in a meeting. One timer
// to the next boundary (start or end of a busy event) and a file monitor;
// nothing is polled while the calendar stays as it is.
#include "platform/meeting_calendar.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <variant>

#include <gio/gio.h>

#include "platform/clock.hpp"
#include "platform/desk_signal.hpp"
#include "platform/log.hpp"

namespace unknot {
namespace {

using namespace std::chrono_literals;

/// How far ahead busy times are expanded; the timer re-expands at the end.
constexpr Duration kHorizon = std::chrono::hours{24 * 7};
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
  ~CalendarSignal() override { unwatch(); }

  [[nodiscard]] std::string_view name() const override { return "calendar"; }

  void start() override {
    if (started_) return;
    started_ = true;
    watch();
    load();
    evaluate();
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
    calendar_.reset();
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
    self->evaluate();
    return G_SOURCE_REMOVE;
  }

  static gboolean on_timer(gpointer data) {
    auto* self = static_cast<CalendarSignal*>(data);
    self->timer_ = 0;
    self->evaluate();
    return G_SOURCE_REMOVE;
  }

  /// Reads the file; a broken one is logged once (not again until it changes
  /// into something else) and holds nothing.
  void load() {
    auto result = IcsCalendar::load(options_.path);
    if (auto* error = std::get_if<std::string>(&result)) {
      calendar_.reset();
      if (*error != last_error_) log_warn(*error + " (calendar ignored until fixed)");
      last_error_ = *error;
      return;
    }
    calendar_.emplace(std::move(std::get<IcsCalendar>(result)));
    if (!last_error_.empty()) log_info(options_.path + ": calendar read again");
    last_error_.clear();
  }

  /// Reports whether now is busy and sleeps until that can next change.
  void evaluate() {
    clear_source(timer_);
    if (!calendar_) {
      report(false);
      return;
    }
    const WallTime now = options_.now();
    const BusySchedule schedule = calendar_->busy(now, now + kHorizon);
    report(schedule.busy_at(now));
    const WallTime next = schedule.next_change(now).value_or(now + kHorizon);
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
  std::optional<IcsCalendar> calendar_;
  std::string last_error_;
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
