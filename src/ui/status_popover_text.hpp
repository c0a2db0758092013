#pragma once
// The words of the status popover, from the status reply: pure, so tests can
// read them without a display.
#include <optional>
#include <string>

#include "core/time.hpp"
#include "protocol/status_reply.hpp"

namespace unknot {

/// What the popover says, line by line.
struct PopoverLines {
  std::string headline;  ///< "Working", "Paused until 14:00", "Micro break due", ...
  std::string next;      ///< "Next: micro break in 12 min"
  std::string sitting;   ///< "Sitting for 38 min"
  std::string today;     ///< "Today: 3 breaks taken"
  bool paused = false;   ///< the pause button reads "Resume"
  bool on_break = false;
};

/// The lines for `status`; `taken_today` from `stats` (nullopt: not known yet).
/// A pause's end reads in the offset the daemon wrote it in (status.utc_offset).
PopoverLines popover_lines(const StatusReply& status, std::optional<int> taken_today);

}  // namespace unknot
