// An exercise's counts: the [exercise.breathing] pace, and whether hold,
// repeat, sides and move add up to more than its `duration`.
#include <array>

#include "config/routine_parse.hpp"
#include "config/text_values.hpp"
#include "core/duration_text.hpp"

namespace unknot {

namespace {

// How far the counts may run past `duration` before the file is told.
constexpr double kCountSlack = 1.1;

/// "3 breaths of 16s" or "2 sides x 3 x (20s hold + 1s moving)": how the counts add up.
std::string counts_text(const Exercise& e) {
  if (e.breathing) {
    const BreathingPattern& p = *e.breathing;
    const double breath = p.inhale + p.top_up + p.hold + p.exhale + p.hold_after;
    return std::to_string(p.cycles) + (p.cycles == 1 ? " breath" : " breaths") + " of " +
           format_duration(
               std::chrono::duration_cast<Duration>(std::chrono::duration<double>(breath)));
  }
  const Duration one = *counted_length(e) / (std::max(e.sides, 1) * e.repeat.value_or(1));
  const Duration hold = e.hold.value_or(Duration{});
  const std::string each =
      (e.hold ? format_duration(hold) + " hold + " : "") + format_duration(one - hold) + " moving";
  std::string text = e.sides > 1 ? "2 sides x " : "";
  if (e.repeat) text += std::to_string(*e.repeat) + " x ";
  return text.empty() ? each : text + "(" + each + ")";
}

}  // namespace

void check_counts(ValueReader& r, const toml::table& table, const Exercise& e,
                  const std::string& who) {
  if (e.breathing && e.repeat && *e.repeat != e.breathing->cycles)
    r.warning(table["repeat"].node()->source(),
              who + ": repeat (" + std::to_string(*e.repeat) + ") and breathing cycles (" +
                  std::to_string(e.breathing->cycles) +
                  ") disagree; the window shows one, the pacer paces the other");
  const auto counted = counted_length(e);
  if (!counted || *counted <= std::chrono::duration_cast<Duration>(e.duration * kCountSlack))
    return;
  r.warning(table["duration"].node()->source(),
            who + " takes about " + format_duration(*counted) + " by its counts (" +
                counts_text(e) + "), more than its duration of " + format_duration(e.duration) +
                "; cut the hold or repeats, or lengthen it");
}

bool read_breathing(ValueReader& r, const toml::node& node, Exercise& e) {
  const auto* table = node.as_table();
  if (table == nullptr) {
    r.error(node.source(), "breathing: expected a table such as { inhale = 4, exhale = 6 }, got " +
                               shown_value(node));
    return false;
  }
  constexpr std::array<std::string_view, 6> kPhases{"inhale", "top_up",     "hold",
                                                    "exhale", "hold_after", "cycles"};
  BreathingPattern pattern;
  bool ok = true;
  for (auto&& [key, value] : *table) {
    const std::string name = "breathing." + std::string(key.str());
    const std::string_view phase = key.str();
    std::optional<double> seconds;
    if (phase == "inhale" || phase == "exhale") {
      seconds = r.seconds(value, name, 0, false);
      if (seconds) (phase == "inhale" ? pattern.inhale : pattern.exhale) = *seconds;
    } else if (phase == "hold" || phase == "hold_after" || phase == "top_up") {
      seconds = r.seconds(value, name, 0, true);
      if (seconds)
        (phase == "hold"     ? pattern.hold
         : phase == "top_up" ? pattern.top_up
                             : pattern.hold_after) = *seconds;
    } else if (phase == "cycles") {
      auto cycles = r.integer(value, name, 1, "a whole number of 1 or more");
      if (cycles) pattern.cycles = static_cast<int>(std::min<std::int64_t>(*cycles, 1000));
      ok = cycles.has_value() && ok;
      continue;
    } else {
      r.warning(key.source(), "unknown key `" + std::string(phase) + "` in breathing" +
                                  did_you_mean(phase, kPhases));
      continue;
    }
    ok = seconds.has_value() && ok;
  }
  if (ok) e.breathing = pattern;
  return ok;
}

}  // namespace unknot
