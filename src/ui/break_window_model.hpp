#pragma once
// The arithmetic of walking through the daemon's `plan` reply
// (protocol/plan_reply.hpp) and the words the break window shows for it.
// Pure (no wx): tested without a display.
#include <optional>
#include <string>
#include <vector>

#include "core/break_kind.hpp"
#include "core/breathing_pacer.hpp"
#include "protocol/plan_reply.hpp"

namespace unknot {

/// Which exercise is on screen `elapsed_s` into the break: each exercise
/// gets its share of the break, in order (the last one stays to the end).
std::size_t exercise_index_at(const PlanReply& view, double elapsed_s);

/// When exercise `index` starts, in seconds into the break (its share as above).
double exercise_start_s(const PlanReply& view, std::size_t index);

/// "Hold 15 s · Repeat 3 times · Each side", or "" when the exercise says
/// none of them.
std::string hold_repeat_line(const PlanExercise& step);

/// The breathing pacer's word for a phase, in the user's language.
std::string pacer_word(BreathPhase phase);

/// The steps numbered one per line: "1. Sit tall.\n2. ...".
std::string numbered_steps(const PlanExercise& step);

/// "3 of 4 breaks taken today" (no breaks yet: "First break today").
std::string today_line(int taken, int prompted);

/// A countdown as "4:05" (or "0:09").
std::string clock_text(int seconds);

/// "Micro break", "Rest break", "Daily limit".
std::string kind_heading(BreakKind kind);

}  // namespace unknot
