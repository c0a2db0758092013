#pragma once
// The breathing pacer's arithmetic: where in a breathing pattern the user is
// `t` seconds after starting, and how large the pacer's shape is then. Pure.
#include <string_view>

#include "core/exercise.hpp"

namespace unknot {

/// The phases of one breath, in order; `finished` once every cycle is done.
/// `top_up` is a second, short breath in on top of the first (the sigh).
enum class BreathPhase { inhale, top_up, hold, exhale, hold_after, finished };

/// The word the pacer shows for a phase ("Breathe in", "Hold", ...).
std::string_view phase_word(BreathPhase phase);

/// Where the pacer is at one instant.
struct PacerState {
  BreathPhase phase = BreathPhase::inhale;
  double progress = 0;      ///< 0..1 through the current phase
  double seconds_left = 0;  ///< of the current phase
  int cycle = 0;            ///< 0-based breath number
  double size = 0;          ///< 0 (empty lungs) .. 1 (full): the shape's scale
};

/// The pacer `seconds` after the pattern started. Phases of length 0 are
/// skipped; a pattern with nothing to pace is finished at once.
PacerState pacer_at(const BreathingPattern& pattern, double seconds);

/// How long all cycles of `pattern` take, in seconds.
double pattern_length(const BreathingPattern& pattern);

}  // namespace unknot
