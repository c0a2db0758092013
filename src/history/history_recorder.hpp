#pragma once
// Turns the engine's events into history records: break outcomes with what
// the break showed, pauses and meetings once they end, and day totals.
#include <functional>
#include <map>
#include <optional>

#include "core/events.hpp"
#include "core/picker.hpp"
#include "core/settings.hpp"
#include "core/status.hpp"
#include "history/history_records.hpp"

namespace unknot {

class HistoryRecorder {
 public:
  using Sink = std::function<void(HistoryItem)>;
  explicit HistoryRecorder(Sink sink) : sink_(std::move(sink)) {}

  /// Records what `event` means for the history. `plan` is what the break in
  /// question showed (nullptr for natural breaks); `status` is taken after it.
  void on_event(const TimedEvent& event, const BreakPlan* plan, const Settings& settings,
                const Status& status);
  /// Writes the running day totals (call now and then, and before exiting).
  void record_totals(const Now& now, const Settings& settings, const Status& status);
  /// Closes open pauses and meetings (shutdown), so they are not lost.
  void close_open_spans(const Now& now, const Settings& settings);

 private:
  void on_meeting(const MeetingHold& hold, const Now& now, const Settings& settings);

  Sink sink_;
  std::optional<Now> pause_started_;
  std::map<std::string, Now> meeting_started_;  ///< active source -> since
};

}  // namespace unknot
