#pragma once
// A scenario runner: replays a compact script of a working day (activity,
// meetings, lock, suspend, commands, clock changes) through an Engine on a
// SimClock and collects the events as readable lines, so tests can compare
// exact sequences.
//
// One action per line; '#' starts a comment. A line may begin with a local
// time (HH:MM or HH:MM:SS) of the current day: the time until then passes
// idle. Actions:
//   work D              input all along for D (the user answers prompts)
//   idle D              no input for D
//   lock D              screen locked for D
//   suspend D           machine asleep for D (steady and wall time jump)
//   meeting SOURCE D    SOURCE active for D, no input (overlap: meeting-on/off)
//   meeting-on SOURCE   /  meeting-off SOURCE
//   cmd pause [D | until HH:MM]   cmd resume   cmd break [micro|rest]
//   cmd snooze [D]      cmd skip    cmd done
//   answer take|ignore|snooze|skip   how the user answers each prompt
//   offset +1h          the UTC offset changes by that much (DST)
//   wall -10m           the wall clock is stepped (NTP, manual change)
//   next-day            later times refer to the next local day
//   set KEY=VALUE...    micro.every, micro.duration, micro.enabled, rest.*,
//                       daily.enabled, daily.limit, daily.day_starts,
//                       snooze.duration, snooze.max, breaks.strict,
//                       breaks.warning, idle.threshold, idle.sitting_reset,
//                       meetings.grace, hours.only_inside
//   log states|warnings on|off      what the log includes (default: warnings only)
// Log lines look like "10:20:00 due micro", "10:20:00 start micro",
// "10:20:30 ended micro taken", "12:00:00 paused until 12:30",
// "13:00:00 hold on camera", "04:00:00 new day active 7h sitting 6h longest 1h".
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine.hpp"
#include "support/sim_clock.hpp"

namespace unknot::test {

/// Default settings for scenarios: the shipped defaults with warnings off,
/// so logs show prompts and outcomes only.
Settings scenario_settings();

/// Formats one event as a log line without its time ("due micro").
std::string describe(const Event& event);

class Scenario {
 public:
  explicit Scenario(Settings settings = scenario_settings(), SimClock clock = SimClock{});

  /// Runs every line of `script`; throws std::runtime_error naming the line on a bad one.
  void run(std::string_view script);

  /// Lets exactly d pass with no input (finer than a script's seconds).
  void advance(Duration d);
  /// Reports input at the current moment, as the idle source would.
  void input_now();

  [[nodiscard]] const std::vector<std::string>& log() const { return log_; }
  /// The log as one text, one line each, for readable test failures.
  [[nodiscard]] std::string log_text() const;
  /// The log lines that contain `word`.
  [[nodiscard]] std::vector<std::string> lines_with(std::string_view word) const;
  [[nodiscard]] Status status() const { return engine_.status(clock_.now()); }
  [[nodiscard]] Engine& engine() { return engine_; }
  [[nodiscard]] SimClock& clock() { return clock_; }
  /// How many times the runner woke the engine (calls between deadlines).
  [[nodiscard]] std::int64_t steps() const { return steps_; }

 private:
  void run_line(std::string_view line);
  void act(std::vector<std::string>& words);
  template <typename Arg>
  void setup(const std::vector<std::string>& words, const Arg& arg);
  void command(const std::vector<std::string>& words);
  void set(const std::string& assignment);
  void pass(Duration d, bool working);
  void drain();
  void answer();
  void note(const CommandResult& result, const std::string& what);

  SimClock clock_;
  Engine engine_;
  std::vector<std::string> log_;
  std::chrono::sys_days day_;
  std::string answer_ = "ignore";
  bool unanswered_ = false;
  bool log_states_ = false;
  bool log_warnings_ = true;
  std::int64_t steps_ = 0;
};

}  // namespace unknot::test
