#pragma once
// One [[reminder]] of the config: the value type the loader produces.
#include <span>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace unknot {

/// What a reminder's interval counts.
enum class ReminderCounts {
  active,  ///< sitting time at the desk, like the breaks (idle and pauses do not count)
  wall     ///< time on the clock, whatever the user does
};
/// "active", "wall": the config's names, in enum order.
std::span<const std::string_view> reminder_counts_names();

/// What a meeting does to a reminder that falls due.
enum class ReminderMeetings {
  hold,   ///< it waits until the meeting ends
  ignore  ///< it is shown in meetings too
};
/// "hold", "ignore": the config's names, in enum order.
std::span<const std::string_view> reminder_meetings_names();

struct ReminderSettings {
  std::string id;     ///< unique; names it in `unknotctl remind ID` and the status
  std::string title;  ///< the notification's summary (the id when empty)
  std::string body;   ///< the notification's text
  Duration every = std::chrono::minutes{45};
  ReminderCounts counts = ReminderCounts::active;
  ReminderMeetings meetings = ReminderMeetings::hold;
  friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

}  // namespace unknot
