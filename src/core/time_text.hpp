#pragma once
// The text forms of the time values in core/time.hpp, each written once:
// times of day ("09:05"), calendar dates ("2026-11-24") and instants
// ("2026-11-24T14:00:00+01:00"). Config, protocol, history and the front ends
// all read and write them through these functions.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace unknot {

/// Parses "HH:MM" or "H:MM" (hour 0-23, minute two digits, 00:00 .. 23:59).
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);

/// "HH:MM", zero-padded (inverse of parse_time_of_day).
std::string format_time_of_day(TimeOfDay time);

/// The local time of day at `wall` ("paused until 14:00").
TimeOfDay local_time_of_day(WallTime wall, std::chrono::seconds utc_offset);

/// Parses a strict "YYYY-MM-DD"; nullopt on anything else or an invalid date.
std::optional<std::chrono::sys_days> parse_date(std::string_view text);

/// Formats a day as "YYYY-MM-DD".
std::string format_date(std::chrono::sys_days day);

/// ISO 8601 local time with its offset, to the second: "2026-11-24T14:00:00+01:00".
std::string format_iso8601(WallTime instant, std::chrono::seconds utc_offset);

/// An ISO 8601 instant with offset, as format_iso8601 writes it; nullopt otherwise.
std::optional<WallTime> parse_iso8601(std::string_view text);

}  // namespace unknot
