#pragma once
// Connects the desk signals (meetings, lock, suspend) to the engine: each
// fact becomes an engine call at the current time, followed by the daemon's
// refresh so the new state is acted on and published at once.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/engine.hpp"
#include "core/settings.hpp"
#include "platform/desk_signal.hpp"

namespace unknot {

/// DeskEvents that call `engine` at `clock()` and then `refresh()`.
DeskEvents desk_events_for(Engine& engine, std::function<void()> refresh,
                           std::function<Now()> clock);

/// The running desk signals of the daemon. Must not outlive the engine.
class DeskWiring {
 public:
  /// Builds the signals `meetings` enables (make_desk_signals() by default).
  using Factory = std::function<std::vector<std::unique_ptr<DeskSignal>>(
      const MeetingSettings& meetings, const DeskEvents& events)>;
  /// Nothing runs until apply(); `clock` defaults to read_clock().
  DeskWiring(Engine& engine, std::function<void()> refresh, std::function<Now()> clock = {},
             Factory make_signals = {});
  /// Stops the signals without reporting (the engine may be going away too).
  ~DeskWiring();
  DeskWiring(const DeskWiring&) = delete;
  DeskWiring& operator=(const DeskWiring&) = delete;

  /// Starts the signals `meetings` enables; later calls restart them only
  /// when the meeting settings changed (a dropped source releases its hold).
  void apply(const MeetingSettings& meetings);
  /// The names of the running signals, for logs and tests.
  [[nodiscard]] std::vector<std::string_view> names() const;

 private:
  DeskEvents events_;
  Factory make_signals_;
  std::optional<MeetingSettings> applied_;
  std::vector<std::unique_ptr<DeskSignal>> signals_;
};

}  // namespace unknot
