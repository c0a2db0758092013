#include "ui/status_popover_text.hpp"

#include <cstdio>

#include "ui/tray_icon_facts.hpp"

namespace unknot {

namespace {

using std::chrono::minutes;

/// "12 min", "1 h 5 min"; a countdown rounds up so it never says 0 too early.
std::string span_text(Duration d, bool round_up) {
  long long total = std::chrono::duration_cast<minutes>(d).count();
  if (round_up && d > minutes{total}) ++total;
  if (total < 60) return std::to_string(total) + " min";
  std::string text = std::to_string(total / 60) + " h";
  if (total % 60 != 0) text += " " + std::to_string(total % 60) + " min";
  return text;
}

std::string capitalised(std::string_view word) {
  std::string text{word};
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string local_hh_mm(WallTime wall, const Now& now) {
  auto of_day =
      std::chrono::duration_cast<minutes>(wall.time_since_epoch() + now.utc_offset).count() %
      (24 * 60);
  if (of_day < 0) of_day += 24 * 60;
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(of_day / 60),
                static_cast<int>(of_day % 60));
  return text;
}

std::string headline(const Status& s, const Now& now) {
  if (s.on_break)
    return capitalised(to_string(*s.on_break)) + " break · " + span_text(s.break_remaining, true) +
           " left";
  if (s.break_due) return capitalised(to_string(*s.break_due)) + " break due";
  if (s.paused)
    return s.paused_until ? "Paused until " + local_hh_mm(*s.paused_until, now) : "Paused";
  if (s.state == State::meeting || !s.meeting_sources.empty()) return "In a meeting";
  if (s.outside_working_hours) return "Outside working hours";
  if (s.state == State::idle) return "Away from the desk";
  return "Working";
}

}  // namespace

PopoverLines popover_lines(const nlohmann::json& status, std::optional<int> taken_today,
                           const Now& now) {
  const Status s = status_from_json(status, now);
  PopoverLines lines;
  lines.headline = headline(s, now);
  if (s.next_break)
    lines.next = "Next: " + std::string(to_string(s.next_break->kind)) + " break in " +
                 span_text(s.next_break->in, true);
  else
    lines.next = "No breaks scheduled";
  lines.sitting =
      s.sitting < minutes{1} ? "Just sat down" : "Sitting for " + span_text(s.sitting, false);
  if (!taken_today)
    lines.today = "Today: …";
  else if (*taken_today == 0)
    lines.today = "Today: no breaks taken yet";
  else
    lines.today = "Today: " + std::to_string(*taken_today) +
                  (*taken_today == 1 ? " break taken" : " breaks taken");
  lines.paused = s.paused;
  lines.on_break = s.on_break.has_value();
  return lines;
}

}  // namespace unknot
