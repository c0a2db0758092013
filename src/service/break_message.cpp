#include "service/break_message.hpp"

#include "core/language.hpp"

namespace unknot {

namespace {

using Languages = std::vector<std::string>;

const Exercise* first_exercise(const BreakPlan& plan) {
  return plan.exercises.empty() ? nullptr : plan.exercises.front();
}

std::string plan_title(const BreakPlan& plan, BreakKind kind, const Languages& languages) {
  if (const Exercise* e = first_exercise(plan)) return translated_field(*e, "title", languages);
  return kind == BreakKind::daily ? _("Time to stop for today") : _("Stand up and stretch");
}

std::string first_step(const BreakPlan& plan, const Languages& languages) {
  const Exercise* e = first_exercise(plan);
  if (e == nullptr || e->steps.empty())
    return _("Stand up, roll your shoulders and look far away.");
  return translated_steps(*e, languages).front();
}

// The exercise's one-line prompt states the action; the first step is often
// only the set-up ("Sit tall..."), so it is the fallback for files without one.
std::string action_line(const BreakPlan& plan, const Languages& languages) {
  if (const Exercise* e = first_exercise(plan); e != nullptr && !e->prompt.empty())
    return translated_field(*e, "prompt", languages);
  return first_step(plan, languages);
}

/// "Rest break · Upper back · 3 exercises · sitting 55 min"
std::string due_context(const BreakDue& due, const BreakPlan& plan) {
  std::string context = break_kind_label(due.kind);
  if (!plan.routine_id.empty()) context += " · " + plan.title;
  if (plan.exercises.size() > 1) {
    const auto count = plan.exercises.size();
    context += " · " + fill_in(n_("{0} exercise", "{0} exercises", count), {std::to_string(count)});
  }
  return context;
}

}  // namespace

std::string break_kind_label(BreakKind kind) {
  switch (kind) {
    case BreakKind::micro:
      return _("Micro break");
    case BreakKind::rest:
      return _("Rest break");
    case BreakKind::daily:
      return _("Daily limit reached");
  }
  return _("Break");
}

std::string human_minutes(Duration d) {
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
  if (minutes < 1) return _("under a minute");
  if (minutes < 60) return fill_in(_("{0} min"), {std::to_string(minutes)});
  const auto h = minutes / 60, m = minutes % 60;
  if (m == 0) return fill_in(_("{0} h"), {std::to_string(h)});
  return fill_in(_("{0} h {1} min"), {std::to_string(h), std::to_string(m)});
}

BreakMessage due_message(const BreakDue& due, const BreakPlan& plan, const Languages& languages) {
  BreakMessage msg;
  msg.summary = plan_title(plan, due.kind, languages);
  msg.body = action_line(plan, languages);
  std::string context = due_context(due, plan);
  if (due.after_meeting && due.meeting_length.count() > 0) {
    msg.body = fill_in(_("You sat through a {0} meeting: stand up and stretch."),
                       {human_minutes(due.meeting_length)}) +
               "\n" + msg.body;
  } else if (due.sitting >= std::chrono::minutes{1}) {
    context += " · " + fill_in(_("sitting {0}"), {human_minutes(due.sitting)});
  }
  msg.body += "\n" + context;
  // A click on the body starts the break. Its label stays empty: the spec
  // allows it, GNOME, KDE, dunst and mako draw no button for "default", and
  // xfce4-notifyd draws one per label, so a second "Start" appeared.
  msg.actions.emplace_back("default", "");
  msg.actions.emplace_back("start", _("Start"));
  if (due.can_snooze) msg.actions.emplace_back("snooze", _("Snooze"));
  if (due.can_skip) msg.actions.emplace_back("skip", _("Skip"));
  return msg;
}

BreakMessage warning_message(const BreakWarning& warning, const BreakPlan& plan,
                             const Languages& languages) {
  BreakMessage msg;
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(warning.in).count();
  const std::string in =
      seconds < 60 ? fill_in(_("{0} s"), {std::to_string(seconds)}) : human_minutes(warning.in);
  msg.summary = fill_in(_("{0} in {1}"), {break_kind_label(warning.kind), in});
  msg.body = fill_in(_("Finish what you are doing. Next: {0}."),
                     {plan_title(plan, warning.kind, languages)});
  return msg;
}

BreakMessage running_message(const BreakStarted& started, const BreakPlan& plan, bool strict,
                             const Languages& languages) {
  BreakMessage msg;
  msg.summary = plan_title(plan, started.kind, languages) + " · " + human_minutes(started.duration);
  int number = 1;
  for (const Exercise* e : plan.exercises) {
    if (plan.exercises.size() > 1) msg.body += translated_field(*e, "title", languages) + ":\n";
    for (const auto& step : translated_steps(*e, languages))
      msg.body += std::to_string(number++) + ". " + step + "\n";
    const std::string caution = translated_field(*e, "caution", languages);
    if (plan.exercises.size() == 1 && !caution.empty()) msg.body += caution + "\n";
  }
  if (msg.body.empty()) msg.body = first_step(plan, languages);
  msg.actions.emplace_back("done", _("Done"));
  if (!strict) msg.actions.emplace_back("skip", _("Skip"));
  return msg;
}

}  // namespace unknot
