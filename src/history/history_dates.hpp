#pragma once
// Calendar dates as the history store keys them: "YYYY-MM-DD" of the user's
// day. The daemon computes them (it knows the zone and daily.day_starts).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"
#include "core/time_text.hpp"  // parse_date, format_date

namespace unknot {

/// The user's date at `now`: the local date, where a day begins at
/// `day_starts` (at 02:00 with day_starts 04:00 it is still yesterday).
std::string history_date(const Now& now, TimeOfDay day_starts = {});

/// `date` moved by `days` (negative: earlier); nullopt when `date` is invalid.
std::optional<std::string> add_days(std::string_view date, int days);

/// The first date kept when keeping `retention_days` days before `today`:
/// records dated before it are deleted (history.retention_days, default 365).
std::optional<std::string> retention_cutoff(std::string_view today, int retention_days);

}  // namespace unknot
