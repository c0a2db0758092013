#pragma once
// An exercise's figure on the wire, so the break window animates the poses
// the daemon loaded (from whatever routine directories it was given) instead
// of reading the routine files a second time.
#include <optional>

#include <nlohmann/json.hpp>

#include "core/figure.hpp"

namespace unknot {

/// {"view", "base", "sides" ("one" | "mirror"), "props": [...], "focus",
/// "keys": [{"name", "dur", "hold", "joints": {"neck": {"flex", "abd", "rot"}}}]},
/// names as in the routine files; a key lists only the angles it sets.
nlohmann::json figure_json(const Figure& figure);

/// The reverse; nullopt when `in` is not a figure this build can draw (not an
/// object, an unknown view, base, prop or focus, no keys). An unknown joint or
/// a non-numeric angle is left out, as the routine loader would.
std::optional<Figure> read_figure(const nlohmann::json& in);

}  // namespace unknot
