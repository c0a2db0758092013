#pragma once
// What the break window shows, read from the daemon's `plan` reply, and the
// arithmetic of walking through it. Pure (no wx): tested without a display.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/break_kind.hpp"
#include "core/breathing_pacer.hpp"
#include "core/exercise.hpp"

namespace unknot {

/// One exercise as the window shows it.
struct BreakStep {
  std::string id;
  std::string title;
  std::vector<std::string> steps;
  std::string caution;
  std::optional<int> repeat;
  std::optional<int> hold_s;
  int sides = 1;  ///< 2: done on the left and the right in turn
  int duration_s = 0;
  std::string image;  ///< absolute path, or empty
  std::optional<BreathingPattern> breathing;
};

/// The break the window walks through.
struct BreakView {
  BreakKind kind = BreakKind::micro;
  bool running = false;  ///< false: due, waiting to be started
  std::string title;
  int duration_s = 0;
  int remaining_s = 0;
  bool strict = false;
  bool snooze_allowed = true;
  bool skip_allowed = true;
  std::vector<BreakStep> exercises;
  std::string fallback_reason;
  int taken_today = 0;
  int prompted_today = 0;
};

/// Reads a `plan` result; nullopt when it is null or not a plan.
std::optional<BreakView> parse_break_view(const nlohmann::json& plan);

/// Which exercise is on screen `elapsed_s` into the break: each exercise
/// gets its share of the break, in order (the last one stays to the end).
std::size_t exercise_index_at(const BreakView& view, double elapsed_s);

/// When exercise `index` starts, in seconds into the break (its share as above).
double exercise_start_s(const BreakView& view, std::size_t index);

/// "Hold 15 s · Repeat 3 times · Each side", or "" when the exercise says
/// none of them.
std::string hold_repeat_line(const BreakStep& step);

/// The breathing pacer's word for a phase, in the user's language.
std::string pacer_word(BreathPhase phase);

/// The steps numbered one per line: "1. Sit tall.\n2. ...".
std::string numbered_steps(const BreakStep& step);

/// "3 of 4 breaks taken today" (no breaks yet: "First break today").
std::string today_line(int taken, int prompted);

/// A countdown as "4:05" (or "0:09").
std::string clock_text(int seconds);

/// "Micro break", "Rest break", "Daily limit".
std::string kind_heading(BreakKind kind);

}  // namespace unknot
