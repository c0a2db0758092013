#include "history/history_recorder.hpp"

#include <algorithm>
#include <set>

#include "history/history_dates.hpp"

namespace unknot {

namespace {
std::string date_of(const Now& now, const Settings& settings) {
  return history_date(now, settings.daily.day_starts);
}

BreakRecord break_record(const BreakEnded& ended, const Now& at, const BreakPlan* plan,
                         const Settings& settings) {
  BreakRecord record;
  record.at = at.wall;
  record.local_date = date_of(at, settings);
  record.kind = ended.kind;
  record.outcome = ended.outcome;
  record.sitting = ended.sitting;
  if (plan != nullptr && ended.outcome != Outcome::natural) {
    std::set<std::string> areas;
    for (const Exercise* e : plan->exercises) {
      record.exercise_ids.push_back(e->id);
      areas.insert(e->areas.begin(), e->areas.end());
    }
    record.areas.assign(areas.begin(), areas.end());
  }
  return record;
}
}  // namespace

void HistoryRecorder::on_event(const TimedEvent& event, const BreakPlan* plan,
                               const Settings& settings, const Status& status) {
  const Now& at = event.at;
  if (const auto* ended = std::get_if<BreakEnded>(&event.event)) {
    sink_(break_record(*ended, at, plan, settings));
    record_totals(at, settings, status);
  } else if (std::holds_alternative<Paused>(event.event)) {
    if (!pause_started_) pause_started_ = at;
  } else if (std::holds_alternative<Resumed>(event.event)) {
    if (pause_started_) {
      sink_(PauseRecord{pause_started_->wall, at.wall, date_of(*pause_started_, settings), ""});
      pause_started_.reset();
    }
  } else if (const auto* hold = std::get_if<MeetingHold>(&event.event)) {
    on_meeting(*hold, at, settings);
  } else if (const auto* rolled = std::get_if<DayRolledOver>(&event.event)) {
    // Yesterday's final figures: the day that ended a moment before `at`.
    DayTotals totals;
    totals.local_date = date_of(at.plus(-std::chrono::seconds{1}), settings);
    totals.active = rolled->active_yesterday;
    totals.longest_sitting = rolled->longest_sitting_yesterday;
    totals.sitting = rolled->sitting_yesterday;
    sink_(totals);
  }
}

void HistoryRecorder::on_meeting(const MeetingHold& hold, const Now& now,
                                 const Settings& settings) {
  const std::set<std::string> active(hold.sources.begin(), hold.sources.end());
  for (auto it = meeting_started_.begin(); it != meeting_started_.end();) {
    if (active.count(it->first) == 0) {
      sink_(MeetingRecord{it->first, it->second.wall, now.wall, date_of(it->second, settings)});
      it = meeting_started_.erase(it);
    } else {
      ++it;
    }
  }
  for (const auto& source : active) meeting_started_.try_emplace(source, now);
}

void HistoryRecorder::record_totals(const Now& now, const Settings& settings,
                                    const Status& status) {
  DayTotals totals;
  totals.local_date = date_of(now, settings);
  totals.active = status.active_today;
  totals.sitting = status.sitting_today;
  totals.longest_sitting = status.longest_sitting_today;
  sink_(totals);
}

void HistoryRecorder::close_open_spans(const Now& now, const Settings& settings) {
  if (pause_started_) {
    sink_(PauseRecord{pause_started_->wall, now.wall, date_of(*pause_started_, settings), ""});
    pause_started_.reset();
  }
  on_meeting(MeetingHold{false, {}}, now, settings);
}

}  // namespace unknot
