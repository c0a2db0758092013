#pragma once
// What the settings dialog offers to choose from that only the routine
// library knows: the equipment its exercises use and the exercises
// themselves, titled in the user's language. Pure.
#include <string>
#include <vector>

#include "core/exercise.hpp"
#include "protocol/settings_reply.hpp"

namespace unknot {

/// Fills `reply.equipment` (sorted, without "none") and `reply.exercises`
/// (sorted by title as shown) from `library`.
void add_library_choices(SettingsReply& reply, const Library& library,
                         const std::vector<std::string>& languages);

}  // namespace unknot
