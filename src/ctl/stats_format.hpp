#pragma once
// `unknotctl stats` output: the daemon's stats reply (see
// protocol/stats_reply.hpp) as a readable table or as CSV. Pure functions;
// missing or mistyped fields read as zero (or "no compliance"), so an older
// or newer daemon's reply still prints.
#include <cstdint>
#include <string>
#include <string_view>

#include "protocol/stats_reply.hpp"

namespace unknot {

/// An aligned table, one line per day and a "Total" line: breaks taken,
/// natural, snoozed and skipped, compliance ("73%", "–" when none), active
/// time, sitting time and the longest sitting streak ("6h00m").
std::string format_stats_table(const StatsReply& stats);

/// RFC 4180 CSV (CRLF line ends, a header row, one row per day, no totals):
/// date, the four counts, compliance as a fraction with 4 decimals (empty when
/// none) and durations in whole seconds.
std::string format_stats_csv(const StatsReply& stats);

/// Seconds as "6h00m" (hours, then two-digit minutes, rounded down; negative as 0).
std::string format_hours_minutes(std::int64_t seconds);

/// One CSV field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view text);

}  // namespace unknot
