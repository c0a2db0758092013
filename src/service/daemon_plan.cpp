// The `plan` command: what the break window shows for the break due or running.
#include <filesystem>
#include <system_error>

#include "history/history_dates.hpp"
#include "history/history_store.hpp"
#include "platform/paths.hpp"
#include "service/break_presenter.hpp"
#include "service/daemon.hpp"
#include "service/plan_builder.hpp"

namespace unknot {

namespace {

// Pictures ship beside the icons; a routine naming a missing one still shows.
std::string resolve_exercise_image(std::string_view image) {
  std::error_code ec;
  const auto path = icons_dir() / "exercises" / std::filesystem::path(image);
  if (!std::filesystem::is_regular_file(path, ec)) return {};
  return std::filesystem::absolute(path, ec).lexically_normal().string();
}

}  // namespace

control::Reply Daemon::handle_plan(const Now& now) {
  // Events of this very wake first: a break that fell due just now has its plan.
  const Status status = drain(now);
  if (!status.on_break && !status.break_due) return control::Reply::success(nullptr);
  const Settings& settings = config_.settings();
  const std::string today = history_date(now, settings.daily.day_starts);
  // Today's line must include a break answered a moment ago, but never stall the loop.
  history_->flush(std::chrono::milliseconds{100});
  const auto days = history_->query_days(1, today);
  const PlanToday counts = days.empty() ? PlanToday{} : plan_today(days.back());
  const BreakPlan* picked = presenter_->current_plan();
  const std::optional<BreakPlan> plan =
      picked != nullptr ? std::optional(with_routine_title(*picked, config_.library()))
                        : std::nullopt;
  const auto reply =
      make_plan_reply(plan ? &*plan : nullptr, status, settings, counts, resolve_exercise_image);
  return control::Reply::success(reply ? nlohmann::json(*reply) : nlohmann::json(nullptr));
}

}  // namespace unknot
