#include "service/break_message.hpp"

namespace unknot {

namespace {
std::string kind_label(BreakKind kind) {
  switch (kind) {
    case BreakKind::micro:
      return "Micro break";
    case BreakKind::rest:
      return "Rest break";
    case BreakKind::daily:
      return "Daily limit reached";
  }
  return "Break";
}

const Exercise* first_exercise(const BreakPlan& plan) {
  return plan.exercises.empty() ? nullptr : plan.exercises.front();
}

std::string plan_title(const BreakPlan& plan, BreakKind kind) {
  if (const Exercise* e = first_exercise(plan)) return e->title;
  return kind == BreakKind::daily ? "Time to stop for today" : "Stand up and stretch";
}

std::string first_step(const BreakPlan& plan) {
  const Exercise* e = first_exercise(plan);
  if (e == nullptr || e->steps.empty()) return "Stand up, roll your shoulders and look far away.";
  return e->steps.front();
}
}  // namespace

std::string human_minutes(Duration d) {
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return std::to_string(minutes) + " min";
  const auto h = minutes / 60, m = minutes % 60;
  return std::to_string(h) + " h" + (m ? " " + std::to_string(m) + " min" : "");
}

BreakMessage due_message(const BreakDue& due, const BreakPlan& plan) {
  BreakMessage msg;
  msg.summary = plan_title(plan, due.kind);
  msg.body = first_step(plan);
  std::string context = kind_label(due.kind);
  if (!plan.routine_id.empty()) context += " · " + plan.title;
  if (plan.exercises.size() > 1)
    context += " · " + std::to_string(plan.exercises.size()) + " exercises";
  if (due.after_meeting && due.meeting_length.count() > 0) {
    msg.body = "You sat through a " + human_minutes(due.meeting_length) +
               " meeting: stand up and stretch.\n" + msg.body;
  } else if (due.sitting >= std::chrono::minutes{1}) {
    context += " · sitting " + human_minutes(due.sitting);
  }
  msg.body += "\n" + context;
  msg.actions.emplace_back("default", "Start");
  msg.actions.emplace_back("start", "Start");
  if (due.can_snooze) msg.actions.emplace_back("snooze", "Snooze");
  if (due.can_skip) msg.actions.emplace_back("skip", "Skip");
  return msg;
}

BreakMessage warning_message(const BreakWarning& warning, const BreakPlan& plan) {
  BreakMessage msg;
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(warning.in).count();
  msg.summary = kind_label(warning.kind) + " in " +
                (seconds < 60 ? std::to_string(seconds) + " s" : human_minutes(warning.in));
  msg.body = "Finish what you are doing. Next: " + plan_title(plan, warning.kind) + ".";
  return msg;
}

BreakMessage running_message(const BreakStarted& started, const BreakPlan& plan, bool strict) {
  BreakMessage msg;
  msg.summary = plan_title(plan, started.kind) + " · " + human_minutes(started.duration);
  int number = 1;
  for (const Exercise* e : plan.exercises) {
    if (plan.exercises.size() > 1) msg.body += e->title + ":\n";
    for (const auto& step : e->steps) msg.body += std::to_string(number++) + ". " + step + "\n";
    if (plan.exercises.size() == 1 && !e->caution.empty()) msg.body += e->caution + "\n";
  }
  if (msg.body.empty()) msg.body = first_step(plan);
  msg.actions.emplace_back("done", "Done");
  if (!strict) msg.actions.emplace_back("skip", "Skip");
  return msg;
}

}  // namespace unknot
