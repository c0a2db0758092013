#pragma once
// How unknotctl shows a status to a person. Pure: JSON in, text out. Reads the
// status object defensively: a field missing or of another type (an older or
// newer daemon) falls back to a neutral value instead of throwing.
#include <string>

#include <nlohmann/json.hpp>

namespace unknot {

/// Elapsed time in whole minutes, rounded down: "0m", "38m", "1h10m", "2h".
std::string format_elapsed(long long seconds);

/// Time still to go: "45s" under a minute, else minutes rounded to the
/// nearest: "12m", "1h10m", "2h".
std::string format_countdown(long long seconds);

/// The one-line status, e.g. "next: micro break in 12m · sitting 38m",
/// "paused until 14:00 · sitting 0m", "on a rest break: 3m left".
std::string format_status_line(const nlohmann::json& status);

}  // namespace unknot
