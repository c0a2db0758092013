#pragma once
// Which [hooks] command an engine event runs, and with what UNKNOT_*
// variables. Pure (no I/O): the daemon hands the result to a ShellRunner.
#include <utility>

#include <optional>
#include <string>
#include <vector>

#include "core/events.hpp"
#include "core/settings.hpp"
#include "core/status.hpp"

namespace unknot {

/// One hook to run: its key, its command and its environment.
struct HookCall {
  std::string name;     ///< "break_start", "break_end", "meeting_start", "meeting_end"
  std::string command;  ///< the configured shell command (never empty)
  /// UNKNOT_EVENT, UNKNOT_BREAK_KIND, UNKNOT_OUTCOME, UNKNOT_SITTING_S (always
  /// all four, empty where they do not apply, so `set -u` scripts work), and
  /// UNKNOT_MEETING_SOURCES at meeting events.
  std::vector<std::pair<std::string, std::string>> environment;
};

/// Follows the events to pair them: break_end only for a break whose
/// break_start ran (a prompt answered with skip or snooze, and a natural
/// break, start no break), meeting_start and meeting_end only when prompts
/// become held and released, not at every source that joins a meeting.
class HookEvents {
 public:
  /// The hook `event` runs under `hooks`, if any. `status` is the engine's
  /// after the event (for the sitting time at a break's start).
  std::optional<HookCall> on_event(const TimedEvent& event, const Status& status,
                                   const HookSettings& hooks);

 private:
  std::optional<BreakKind> running_;
  bool in_meeting_ = false;
};

}  // namespace unknot
