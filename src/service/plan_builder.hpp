#pragma once
// The `plan` reply: what the break window shows for the break that is due or
// running, with every exercise in full. Pure: the caller resolves pictures.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/picker.hpp"
#include "core/settings.hpp"
#include "core/status.hpp"
#include "history/history_records.hpp"
#include "platform/i18n.hpp"

namespace unknot {

/// Today's breaks as the window's closing line counts them ("3 of 4 taken").
struct PlanToday {
  int taken = 0;     ///< taken or natural
  int prompted = 0;  ///< taken, natural or skipped (snoozes count once they end)
};

/// Today's counts from the history's summary of the day.
PlanToday plan_today(const DayFigures& day);

/// Turns an exercise's `image` (relative to icons/exercises/) into an absolute
/// path, or "" when there is no such file.
using ImageResolver = std::function<std::string(std::string_view image)>;

/// null when no break is due or running; else {"kind", "state" ("due" |
/// "running"), "title", "routine_id", "duration_s", "remaining_s", "strict",
/// "snooze_allowed", "skip_allowed", "exercises": [...], "fallback_reason",
/// "today": {"taken", "prompted"}}. `plan` may be null or of another kind
/// (then the break is described without exercises).
/// Exercise texts (and a single exercise's title) come in the first of
/// `languages` that has them, the default titles from the gettext catalog.
nlohmann::json plan_to_json(const BreakPlan* plan, const Status& status, const Settings& settings,
                            PlanToday today, const ImageResolver& resolve_image,
                            const std::vector<std::string>& languages = process_languages());

/// `plan` with its routine's title in the first of `languages` that has it
/// (the picker keeps the library's English title); unchanged for a plan
/// without a routine or a routine no longer in `library`.
BreakPlan with_routine_title(BreakPlan plan, const Library& library,
                             const std::vector<std::string>& languages = process_languages());

/// One exercise as the plan lists it: {"id", "title", "prompt" ("" when
/// none), "kind", "areas", "duration_s", "steps", "caution", "repeat" (null),
/// "hold_s" (null), "sides", "discreet", "equipment", "position", "image",
/// "breathing" (null or {"inhale", "hold", "exhale", "hold_after", "cycles",
/// "top_up"})}.
nlohmann::json exercise_to_json(const Exercise& exercise, const ImageResolver& resolve_image,
                                const std::vector<std::string>& languages = {});

}  // namespace unknot
