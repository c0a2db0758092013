#pragma once
// Private to src/protocol: reading fields of a message defensively (a field
// missing or of another type reads as its neutral value, so an older or newer
// daemon's message still reads) and the rounding of durations on the wire.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/time.hpp"

namespace unknot::wire {

/// `object[key]`, or null when `object` is no object or lacks the key.
const nlohmann::json& field(const nlohmann::json& object, const char* key);
/// A number as an integer (a float is cut), else 0.
std::int64_t integer(const nlohmann::json& value);
/// A boolean, else `otherwise`.
bool boolean(const nlohmann::json& value, bool otherwise = false);
/// A string, else "".
std::string text(const nlohmann::json& value);
/// The strings of an array (other elements skipped), else none.
std::vector<std::string> strings(const nlohmann::json& value);
/// Whole seconds as a Duration, else zero.
Duration seconds_of(const nlohmann::json& value);

/// Elapsed time in whole seconds, rounded down.
long long floor_seconds(Duration d);
/// A countdown in whole seconds, rounded up: 0 only once it has run out.
long long ceil_seconds(Duration d);

}  // namespace unknot::wire
