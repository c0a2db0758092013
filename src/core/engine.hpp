#pragma once
// The Engine: break timers, activity and sitting-time accounting, pauses and
// meeting holds. Pure: every call takes `now`; it never reads a clock, never
// sleeps and does no I/O. The service feeds it facts and commands, calls
// advance() at next_deadline(), and drains take_events().
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"
#include "core/events.hpp"
#include "core/settings.hpp"
#include "core/status.hpp"
#include "core/time.hpp"

namespace unknot {

/// Why a command was refused (the control socket reports the text).
struct CommandResult {
  bool ok = true;
  std::string error;  ///< set when !ok, e.g. "strict mode: skipping is disabled"
  static CommandResult success() { return {}; }
  static CommandResult refused(std::string why) { return {false, std::move(why)}; }
};

class Engine {
 public:
  Engine(Settings settings, Now now);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  /// Replace the settings; timers, pauses, meetings and counters carry over.
  void apply_settings(Settings settings, Now now);
  [[nodiscard]] const Settings& settings() const;

  // ---- facts -------------------------------------------------------------
  /// The most recent user input happened at `last_input` (<= now.steady).
  /// Idle sources report this on every poll; a later value means new input.
  /// A poll up to 2 s late after the idle-threshold deadline that finds newer
  /// input is read as continuous typing (the source reports only the latest).
  void input(SteadyTime last_input, Now now);
  /// The screen was locked (true) or unlocked (false). Locked = away.
  void session_locked(bool locked, Now now);
  /// The machine is about to sleep; the time until resumed() is idle time.
  void suspending(Now now);
  void resumed(Now now);
  /// A named meeting source (camera, microphone, fullscreen, dnd, calendar,
  /// manual) became active or inactive. Sources are reference counted by name.
  void meeting_started(const std::string& source, Now now);
  void meeting_stopped(const std::string& source, Now now);

  // ---- commands ----------------------------------------------------------
  /// Pause for a duration (nullopt: until resumed). Nothing accumulates.
  CommandResult pause_for(std::optional<Duration> duration, Now now);
  /// Pause until a wall-clock instant (the caller resolves "14:00" locally).
  CommandResult pause_until(WallTime until, Now now);
  CommandResult resume(Now now);
  /// Start a break now: the one due, or `kind` early.
  CommandResult start_break(std::optional<BreakKind> kind, Now now);
  /// Postpone the break due (or running); nullopt = the configured duration.
  CommandResult snooze(std::optional<Duration> duration, Now now);
  /// Skip the break due or running (refused in strict mode).
  CommandResult skip(Now now);
  /// The running break is finished: recorded as taken.
  CommandResult done(Now now);

  // ---- time --------------------------------------------------------------
  /// Let time pass up to `now`, firing whatever fell due.
  void advance(Now now);
  /// The earliest steady time at which something can change without new
  /// facts or commands (break due, warning, pause end, idle threshold, day
  /// boundary, break end); nullopt when nothing is scheduled.
  [[nodiscard]] std::optional<SteadyTime> next_deadline() const;

  // ---- output ------------------------------------------------------------
  /// The snapshot at `now`, exact even if deadlines passed since the last
  /// call (they are applied to a copy; the engine itself is not changed).
  [[nodiscard]] Status status(Now now) const;
  /// Events since the last call, oldest first.
  std::vector<TimedEvent> take_events();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace unknot
