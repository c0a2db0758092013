#include "ui/break_window_model.hpp"

#include <algorithm>
#include <cstdio>

#include "core/language.hpp"
#include "ui/translations.hpp"

namespace unknot {

namespace {
// Exercises rarely add up to the break exactly: stretch or squeeze them to fit.
double share_scale(const PlanReply& view) {
  double total = 0;
  for (const auto& e : view.exercises) total += std::max(e.duration_s, 1);
  return view.duration_s > 0 && total > 0 ? view.duration_s / total : 1.0;
}
}  // namespace

std::size_t exercise_index_at(const PlanReply& view, double elapsed_s) {
  if (view.exercises.size() <= 1) return 0;
  const double scale = share_scale(view);
  double end = 0;
  for (std::size_t i = 0; i < view.exercises.size(); ++i) {
    end += std::max(view.exercises[i].duration_s, 1) * scale;
    if (elapsed_s < end) return i;
  }
  return view.exercises.size() - 1;
}

double exercise_start_s(const PlanReply& view, std::size_t index) {
  const double scale = share_scale(view);
  double start = 0;
  for (std::size_t i = 0; i < index && i < view.exercises.size(); ++i)
    start += std::max(view.exercises[i].duration_s, 1) * scale;
  return start;
}

std::string hold_repeat_line(const PlanExercise& step) {
  std::string line;
  if (step.hold_s && *step.hold_s > 0)
    line = fill_in(ui_text("Hold {0} s"), {std::to_string(*step.hold_s)});
  if (step.repeat && *step.repeat > 1) {
    if (!line.empty()) line += " \u00b7 ";
    line += fill_in(
        ui_plural("Repeat {0} time", "Repeat {0} times", static_cast<unsigned long>(*step.repeat)),
        {std::to_string(*step.repeat)});
  }
  // Counts are per side: say so, or "Hold 15 s" reads as the whole exercise.
  if (step.sides > 1 && !line.empty()) line += " \u00b7 " + ui_text("Each side");
  return line;
}

std::string pacer_word(BreathPhase phase) {
  switch (phase) {
    case BreathPhase::inhale:
      return ui_text("Breathe in");
    case BreathPhase::top_up:
      // TRANSLATORS: the breathing pacer: a second, short breath in on top of the first
      // (keep it as short as "Breathe in": the micro panel's pacer is small).
      return ui_text("Sip more");
    case BreathPhase::hold:
    case BreathPhase::hold_after:
      // TRANSLATORS: the breathing pacer: hold your breath.
      return ui_text("Hold");
    case BreathPhase::exhale:
      return ui_text("Breathe out");
    case BreathPhase::finished:
      return ui_text("Breathe normally");
  }
  return std::string(phase_word(phase));
}

std::string numbered_steps(const PlanExercise& step) {
  std::string text;
  for (std::size_t i = 0; i < step.steps.size(); ++i) {
    if (i > 0) text += '\n';
    text += std::to_string(i + 1) + ". " + step.steps[i];
  }
  return text;
}

std::string today_line(int taken, int prompted) {
  if (prompted <= 0) return ui_text("First break today");
  const int of = std::max(prompted, taken);
  // TRANSLATORS: "3 of 4 breaks taken today"; the plural follows the total.
  return fill_in(ui_plural("{0} of {1} break taken today", "{0} of {1} breaks taken today",
                           static_cast<unsigned long>(of)),
                 {std::to_string(taken), std::to_string(of)});
}

std::string clock_text(int seconds) {
  seconds = std::max(seconds, 0);
  char text[32];
  std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
  return text;
}

std::string kind_heading(BreakKind kind) {
  switch (kind) {
    case BreakKind::micro:
      return ui_text("Micro break");
    case BreakKind::rest:
      return ui_text("Rest break");
    case BreakKind::daily:
      return ui_text("Daily limit");
  }
  return ui_text("Break");
}

}  // namespace unknot
