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

/// For a text parse_duration() refuses: the duration the user most likely
/// meant, in the accepted form ("20min" -> "20m", "1.5h" -> "1h30m",
/// "1h 30m" -> "1h30m", "30 seconds" -> "30s"); nullopt when no reading is
/// plain. Only a suggestion: such spellings stay errors, so every reader of a
/// config (daemon, dialog, tray) agrees on one form.
std::optional<std::string> suggest_duration(std::string_view text);

/// Short human form: "1h30m", "20m", "45s", "0s" (rounded down to seconds).
std::string format_duration(Duration d);

}  // namespace unknot
