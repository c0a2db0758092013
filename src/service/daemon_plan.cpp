// The answers that need the history's figures: `stats`, and `plan` (its
// "3 of 4 taken today"). The history writer runs the query once it has
// committed what came before and posts the result back into the loop, so
// the figures include a break answered a moment ago and the loop never waits
// for the disk (a full one least of all).
#include <utility>

#include <boost/asio/post.hpp>

#include "history/history_dates.hpp"
#include "history/history_store.hpp"
#include "protocol/stats_reply.hpp"
#include "service/break_presenter.hpp"
#include "service/daemon.hpp"
#include "service/plan_builder.hpp"

namespace unknot {

void Daemon::answer_stats(const control::Request& request, const Now& now, Responder& respond) {
  const int days = request.days.value_or(7);
  const std::string today = history_date(now, config_.settings().daily.day_starts);
  // The statistics window charts the body areas worked in the same period.
  const auto from = add_days(today, 1 - days);
  HistoryStore& history = *parts_.history;
  parts_.history->after_pending([this, &history, days, today, from, respond] {
    StatsReply reply =
        make_stats_reply(history.query_days(days, today),
                         from ? history.areas_worked(*from, today) : std::vector<AreaCount>{});
    boost::asio::post(
        io_, [respond, reply = std::move(reply)] { respond(control::Reply::success(reply)); });
  });
}

void Daemon::answer_plan(const control::Request&, const Now& now, Responder& respond) {
  // Events of this very wake first: a break that fell due just now has its plan.
  const Status status = drain(now);
  if (!status.on_break && !status.break_due) return respond(control::Reply::success(nullptr));
  const std::string today = history_date(now, config_.settings().daily.day_starts);
  HistoryStore& history = *parts_.history;
  parts_.history->after_pending([this, &history, status, today, respond] {
    const auto days = history.query_days(1, today);
    const PlanToday counts = days.empty() ? PlanToday{} : plan_today(days.back());
    boost::asio::post(io_, [this, status, counts, respond] {
      const Settings& settings = config_.settings();
      const BreakPlan* picked = presenter_->current_plan();
      const std::optional<BreakPlan> plan =
          picked != nullptr ? std::optional(with_routine_title(*picked, config_.library()))
                            : std::nullopt;
      const auto reply =
          make_plan_reply(plan ? &*plan : nullptr, status, settings, counts, parts_.resolve_image);
      respond(control::Reply::success(reply ? nlohmann::json(*reply) : nlohmann::json(nullptr)));
    });
  });
}

}  // namespace unknot
