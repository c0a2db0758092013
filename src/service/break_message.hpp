#pragma once
// What a break notification says: pure text composition, no D-Bus.
#include <utility>

#include <string>
#include <vector>

#include "core/events.hpp"
#include "core/picker.hpp"
#include "platform/i18n.hpp"

namespace unknot {

struct BreakMessage {
  std::string summary;
  std::string body;
  /// freedesktop action pairs (key, label), in display order.
  std::vector<std::pair<std::string, std::string>> actions;
};

// Exercise texts come in the first of `languages` that has them (English
// otherwise); the other words come from the gettext catalog.

/// The prompt for a due break: the summary names the first exercise, the body
/// gives its one-line `prompt` (its first step when it has none); actions
/// start / snooze / skip (as allowed) and default.
BreakMessage due_message(const BreakDue& due, const BreakPlan& plan,
                         const std::vector<std::string>& languages = process_languages());

/// The heads-up shortly before a break.
BreakMessage warning_message(const BreakWarning& warning, const BreakPlan& plan,
                             const std::vector<std::string>& languages = process_languages());

/// Shown while a break runs without a break window: every step, numbered.
BreakMessage running_message(const BreakStarted& started, const BreakPlan& plan, bool strict,
                             const std::vector<std::string>& languages = process_languages());

/// "Micro break", "Rest break", "Daily limit reached" in the user's language.
std::string break_kind_label(BreakKind kind);

/// "20m", "1h10m" for prose ("You sat for 1h10m").
std::string human_minutes(Duration d);

}  // namespace unknot
