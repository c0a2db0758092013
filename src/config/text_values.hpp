#pragma once
// Small text helpers shared by the config and routine loaders: "did you
// mean", lists of allowed values, times of day and working-hour spans.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/settings.hpp"
#include "core/time.hpp"
#include "core/time_text.hpp"  // parse_time_of_day, format_time_of_day

namespace unknot {

/// Edit distance (a swap of two neighbours counts once), ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely
/// typo (at most 1 edit for short words, 2 for longer ones); empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

/// "; did you mean `x`?" when a close candidate exists, else "".
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

/// "a, b or c": the allowed values of an enum-like key, for messages.
std::string join_choices(std::span<const std::string_view> choices);

/// "a, b and c" (or " or " as `last_separator`).
std::string join_words(const std::vector<std::string>& words, std::string_view last_separator);

/// Parses a working day "HH:MM-HH:MM" whose end lies after its start.
std::optional<WorkingDay> parse_working_span(std::string_view text);

}  // namespace unknot
