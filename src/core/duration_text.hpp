#pragma once
// Durations as users type them: "45s", "20m", "1h30m", "2h", or plain seconds.
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace unknot {

/// Parses "1h30m", "20m", "45s", "1h2m3s" or a plain non-negative integer
/// (seconds). Units in descending order, each at most once. nullopt on
/// anything else (negative, empty, unknown unit, overflow).
std::optional<Duration> parse_duration(std::string_view text);

/// Short human form: "1h30m", "20m", "45s", "0s" (rounded down to seconds).
std::string format_duration(Duration d);

}  // namespace unknot
