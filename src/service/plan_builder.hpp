#pragma once
// Builds the `plan` reply (protocol/plan_reply.hpp) from what the daemon
// knows: the break due or running, the picked plan, the settings, today's
// counts, the user's languages. Pure: the caller resolves pictures.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/day_figures.hpp"
#include "core/picker.hpp"
#include "core/settings.hpp"
#include "core/status.hpp"
#include "platform/i18n.hpp"
#include "protocol/plan_reply.hpp"

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

/// nullopt when no break is due or running; else the plan reply for it. `plan`
/// may be null or of another kind (then the break is described without
/// exercises). Exercise texts (and a single exercise's title) come in the
/// first of `languages` that has them, the default titles from the gettext
/// catalog.
std::optional<PlanReply> make_plan_reply(
    const BreakPlan* plan, const Status& status, const Settings& settings, PlanToday today,
    const ImageResolver& resolve_image,
    const std::vector<std::string>& languages = process_languages());

/// `plan` with its routine's title in the first of `languages` that has it
/// (the picker keeps the library's English title); unchanged for a plan
/// without a routine or a routine no longer in `library`.
BreakPlan with_routine_title(BreakPlan plan, const Library& library,
                             const std::vector<std::string>& languages = process_languages());

/// One exercise as the plan lists it, in the first of `languages` that has its texts.
PlanExercise plan_exercise(const Exercise& exercise, const ImageResolver& resolve_image,
                           const std::vector<std::string>& languages = {});

}  // namespace unknot
