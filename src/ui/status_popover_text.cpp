#include "ui/status_popover_text.hpp"

#include <algorithm>
#include <cstdio>

#include "core/language.hpp"
#include "core/time_text.hpp"
#include "ui/translations.hpp"

namespace unknot {

namespace {

using std::chrono::minutes;

/// "12 min", "1 h 5 min"; a countdown rounds up so it never says 0 too early.
std::string span_text(Duration d, bool round_up) {
  long long total = std::chrono::duration_cast<minutes>(d).count();
  if (round_up && d > minutes{total}) ++total;
  if (total < 60) return fill_in(ui_text("{0} min"), {std::to_string(total)});
  const std::string hours = std::to_string(total / 60);
  if (total % 60 == 0) return fill_in(ui_text("{0} h"), {hours});
  return fill_in(ui_text("{0} h {1} min"), {hours, std::to_string(total % 60)});
}

std::string kind_title(BreakKind kind) {
  return kind == BreakKind::rest ? ui_text("Rest break") : ui_text("Micro break");
}

/// `paused_offset`: the offset the daemon wrote paused_until in, that
/// instant's own (it may lie past a DST change).
std::string headline(const Status& s, std::chrono::seconds paused_offset) {
  if (s.on_break)
    return fill_in(ui_text("{0} · {1} left"),
                   {kind_title(*s.on_break), span_text(s.break_remaining, true)});
  if (s.break_due)
    return s.break_due == BreakKind::rest ? ui_text("Rest break due") : ui_text("Micro break due");
  if (s.paused)
    return s.paused_until
               ? fill_in(ui_text("Paused until {0}"),
                         {format_time_of_day(local_time_of_day(*s.paused_until, paused_offset))})
               : ui_text("Paused");
  if (s.state == State::meeting || !s.meeting_sources.empty()) return ui_text("In a meeting");
  if (s.outside_working_hours) return ui_text("Outside working hours");
  if (s.state == State::idle) return ui_text("Away from the desk");
  return ui_text("Working");
}

std::string next_line(const Status& s) {
  if (!s.next_break) return ui_text("No breaks scheduled");
  if (const auto wait = after_meeting_wait(s)) {
    const std::string in = span_text(*wait, true);
    if (s.next_break->kind == BreakKind::rest)
      return fill_in(ui_text("Next: rest break after your meeting, in {0}"), {in});
    return fill_in(ui_text("Next: micro break after your meeting, in {0}"), {in});
  }
  const std::string in = span_text(s.next_break->in, true);
  if (s.next_break->kind == BreakKind::rest)
    return fill_in(ui_text("Next: rest break in {0}"), {in});
  return fill_in(ui_text("Next: micro break in {0}"), {in});
}

}  // namespace

PopoverLines popover_lines(const StatusReply& status, std::optional<int> taken_today) {
  const Status& s = status.status;
  PopoverLines lines;
  lines.headline = headline(s, status.utc_offset);
  lines.next = next_line(s);
  lines.sitting = s.sitting < minutes{1}
                      ? ui_text("Just sat down")
                      : fill_in(ui_text("Sitting for {0}"), {span_text(s.sitting, false)});
  if (!taken_today)
    lines.today = ui_text("Today: …");
  else if (*taken_today == 0)
    lines.today = ui_text("Today: no breaks taken yet");
  else
    lines.today = fill_in(ui_plural("Today: {0} break taken", "Today: {0} breaks taken",
                                    static_cast<unsigned long>(*taken_today)),
                          {std::to_string(*taken_today)});
  lines.paused = s.paused;
  lines.on_break = s.on_break.has_value();
  return lines;
}

}  // namespace unknot
