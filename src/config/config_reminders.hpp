#pragma once
// Private to src/config: the [[reminder]] array of tables of one config layer.
#include <vector>

#include "config/toml_reader.hpp"
#include "core/reminder_settings.hpp"

namespace unknot {

/// Reads `node` (the root's `reminder` value) into `reminders`: a reminder
/// whose id an earlier layer used replaces it, a new one is appended.
/// Reported: not an array of tables, a missing or duplicate id, an unknown
/// key or `counts`/`meetings` value (errors; that reminder is left out), and
/// an `every` under a minute (a warning: it would nag).
void read_reminders(ValueReader& reader, const toml::node& node,
                    std::vector<ReminderSettings>& reminders);

}  // namespace unknot
