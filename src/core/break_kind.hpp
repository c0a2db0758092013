#pragma once
#include <optional>
#include <string_view>

namespace unknot {

enum class BreakKind { micro, rest, daily };
/// How one prompted (or naturally taken) break ended.
enum class Outcome { taken, skipped, snoozed, natural };
/// The user-visible state, as `unknotctl status` names it.
enum class State { active, idle, paused, meeting, on_break };

std::string_view to_string(BreakKind kind);
std::string_view to_string(Outcome outcome);
std::string_view to_string(State state);  ///< on_break -> "break"
std::optional<BreakKind> break_kind_from_string(std::string_view text);

}  // namespace unknot
