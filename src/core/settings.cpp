// The names of the settings' enumerations, written once for the config
// loader, the settings file writer, the routine loader and the front ends.
#include "core/settings.hpp"

#include <array>

// Marks texts for the catalog template without gettext (core is std-only).
#ifndef N_
#define N_(text) text
#endif

namespace unknot {

namespace {
constexpr std::array<std::string_view, 3> kBreakStyleNames{
    N_("notification"), N_("window"), N_("both")};  // shown translated by the settings dialog
constexpr std::array<std::string_view, 4> kPositionNames{"sitting", "standing", "either", "floor"};
constexpr std::array<std::string_view, 7> kWeekdayKeys{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
}  // namespace

std::span<const std::string_view> break_style_names() { return kBreakStyleNames; }

std::string_view to_string(BreakStyle style) {
  return kBreakStyleNames.at(static_cast<std::size_t>(style));
}

std::span<const std::string_view> position_names() { return kPositionNames; }

// floor is for exercises only: nobody prefers all their breaks on the floor.
std::span<const std::string_view> preferred_position_names() {
  return std::span<const std::string_view>(kPositionNames).first(3);
}

std::string_view to_string(Position position) {
  return kPositionNames.at(static_cast<std::size_t>(position));
}

std::optional<Position> position_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kPositionNames.size(); ++i)
    if (kPositionNames[i] == text) return static_cast<Position>(i);
  return std::nullopt;
}

std::span<const std::string_view> weekday_keys() { return kWeekdayKeys; }

}  // namespace unknot
