#pragma once
// A local .ics file read through libical, reduced to the times it makes the
// user busy. Kept apart from the signal so tests can expand fixtures at any
// moment they like, and so the signal re-reads only when the file changes.
// libical itself lives in the module calendar-ical.so (modules/).
#include <memory>
#include <string>
#include <variant>

#include "core/calendar_busy.hpp"
#include "core/time.hpp"

namespace unknot {

/// A parsed calendar file.
class IcsCalendar {
 public:
  /// Reads and checks `path`; on failure the text is one diagnostic line,
  /// "PATH:LINE: error: ..." (or "PATH: error: ..." when no line applies).
  static std::variant<IcsCalendar, std::string> load(const std::string& path);

  /// The busy intervals overlapping [from, to): events that are not
  /// transparent, cancelled or all-day, recurrences expanded, zones applied.
  [[nodiscard]] BusySchedule busy(WallTime from, WallTime to) const;

 private:
  explicit IcsCalendar(std::shared_ptr<void> calendar) : calendar_(std::move(calendar)) {}
  std::shared_ptr<void> calendar_;  ///< the module's parsed calendar
};

}  // namespace unknot
