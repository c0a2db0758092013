#include "core/breathing_pacer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace unknot {

namespace {

double clamp_length(double seconds) { return std::isfinite(seconds) ? std::max(seconds, 0.0) : 0; }

// In BreathPhase order.
std::array<double, 5> phase_lengths(const BreathingPattern& p) {
  return {clamp_length(p.inhale), clamp_length(p.top_up), clamp_length(p.hold),
          clamp_length(p.exhale), clamp_length(p.hold_after)};
}

// How full the lungs are at the end of the first inhale when a top-up
// follows: the sip adds the last bit.
constexpr double kBeforeTopUp = 0.85;

double breath_length(const BreathingPattern& p) {
  double total = 0;
  for (double length : phase_lengths(p)) total += length;
  return total;
}

// Lungs fill on the way in, stay full while holding, empty on the way out.
// Eased so the shape starts and stops gently, like a breath.
double size_in(BreathPhase phase, double progress, bool topped_up) {
  const double eased = 0.5 - 0.5 * std::cos(progress * 3.14159265358979323846);
  switch (phase) {
    case BreathPhase::inhale:
      return topped_up ? kBeforeTopUp * eased : eased;
    case BreathPhase::top_up:
      return kBeforeTopUp + (1 - kBeforeTopUp) * eased;
    case BreathPhase::hold:
      return 1;
    case BreathPhase::exhale:
      return 1 - eased;
    case BreathPhase::hold_after:
    case BreathPhase::finished:
      return 0;
  }
  return 0;
}

}  // namespace

std::string_view phase_word(BreathPhase phase) {
  switch (phase) {
    case BreathPhase::inhale:
      return "Breathe in";
    case BreathPhase::top_up:
      return "Sip more";
    case BreathPhase::hold:
    case BreathPhase::hold_after:
      return "Hold";
    case BreathPhase::exhale:
      return "Breathe out";
    case BreathPhase::finished:
      return "Breathe normally";
  }
  return "";
}

double pattern_length(const BreathingPattern& pattern) {
  return breath_length(pattern) * std::max(pattern.cycles, 0);
}

PacerState pacer_at(const BreathingPattern& pattern, double seconds) {
  PacerState state;
  const double breath = breath_length(pattern);
  const double t = std::isfinite(seconds) ? std::max(seconds, 0.0) : 0;
  if (breath <= 0 || pattern.cycles <= 0 || t >= pattern_length(pattern)) {
    state.phase = BreathPhase::finished;
    state.progress = 1;
    state.cycle = std::max(pattern.cycles, 0);
    return state;
  }
  state.cycle = static_cast<int>(t / breath);
  double into = t - state.cycle * breath;
  const auto lengths = phase_lengths(pattern);
  for (std::size_t i = 0; i < lengths.size(); ++i) {
    if (lengths[i] <= 0) continue;
    if (into < lengths[i] || i + 1 == lengths.size()) {
      state.phase = static_cast<BreathPhase>(i);
      state.progress = std::clamp(into / lengths[i], 0.0, 1.0);
      state.seconds_left = std::max(lengths[i] - into, 0.0);
      break;
    }
    into -= lengths[i];
  }
  state.size = size_in(state.phase, state.progress, lengths[1] > 0);
  return state;
}

}  // namespace unknot
