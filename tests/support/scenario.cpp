#include "support/scenario.hpp"

#include <cstdio>
#include <sstream>
#include <stdexcept>

#include "core/duration_text.hpp"

namespace unknot::test {

namespace {

using std::chrono::floor;

std::string clock_text(Duration since_midnight, bool seconds) {
  const auto s = floor<std::chrono::seconds>(since_midnight).count();
  char buffer[64];
  if (seconds)
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
  else
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60));
  return buffer;
}

Duration time_of_day(const Now& now) {
  const auto local = now.local().time_since_epoch();
  return local - floor<std::chrono::days>(local);
}

/// "08:30" or "08:30:15" as time since midnight; nullopt otherwise.
std::optional<Duration> parse_clock(std::string_view text) {
  int h = 0, m = 0, s = 0;
  char tail = 0;
  const std::string str(text);
  const int n = std::sscanf(str.c_str(), "%d:%d:%d%c", &h, &m, &s, &tail);
  if (n != 2 && n != 3) return std::nullopt;
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return std::nullopt;
  return std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
}

Duration need_duration(const std::string& text) {
  const bool negative = !text.empty() && text[0] == '-';
  const bool sign = !text.empty() && (text[0] == '-' || text[0] == '+');
  const auto d = parse_duration(sign ? std::string_view(text).substr(1) : text);
  if (!d) throw std::runtime_error("not a duration: " + text);
  return negative ? -*d : *d;
}

bool need_bool(const std::string& text) {
  if (text == "true" || text == "on") return true;
  if (text == "false" || text == "off") return false;
  throw std::runtime_error("not a boolean: " + text);
}

std::string describe_due(const BreakDue& due) {
  std::string text = "due " + std::string(to_string(due.kind));
  if (due.after_meeting)
    text += " after meeting " + format_duration(due.meeting_length) + " sat " +
            format_duration(due.sitting);
  if (due.reannounced) text += " again";
  return text;
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

void apply_break_setting(BreakSettings& b, const std::string& field, const std::string& value) {
  if (field == "every")
    b.every = need_duration(value);
  else if (field == "duration")
    b.duration = need_duration(value);
  else if (field == "enabled")
    b.enabled = need_bool(value);
  else
    throw std::runtime_error("unknown setting " + field);
}

TimeOfDay need_time_of_day(const std::string& value) {
  const auto at = parse_clock(value);
  if (!at) throw std::runtime_error("not a time: " + value);
  return TimeOfDay{static_cast<int>(floor<std::chrono::minutes>(*at).count())};
}

void apply_setting(Settings& s, const std::string& key, const std::string& value) {
  if (key.rfind("micro.", 0) == 0)
    apply_break_setting(s.micro, key.substr(6), value);
  else if (key.rfind("rest.", 0) == 0)
    apply_break_setting(s.rest, key.substr(5), value);
  else if (key == "daily.enabled")
    s.daily.enabled = need_bool(value);
  else if (key == "daily.limit")
    s.daily.limit = need_duration(value);
  else if (key == "daily.day_starts")
    s.daily.day_starts = need_time_of_day(value);
  else if (key == "snooze.duration")
    s.snooze.duration = need_duration(value);
  else if (key == "snooze.max")
    s.snooze.max = std::stoi(value);
  else if (key == "breaks.strict")
    s.breaks.strict = need_bool(value);
  else if (key == "breaks.warning")
    s.breaks.warning = need_duration(value);
  else if (key == "idle.threshold")
    s.idle.threshold = need_duration(value);
  else if (key == "idle.sitting_reset")
    s.idle.sitting_reset = need_duration(value);
  else if (key == "meetings.grace")
    s.meetings.grace = need_duration(value);
  else if (key == "hours.only_inside")
    s.working_hours.only_inside = need_bool(value);
  else
    throw std::runtime_error("unknown setting " + key);
}

}  // namespace

Settings scenario_settings() {
  Settings s;
  s.breaks.warning = Duration{};
  return s;
}

std::string describe(const Event& event) {
  struct Visitor {
    std::string operator()(const BreakWarning& w) const {
      return "warn " + std::string(to_string(w.kind));
    }
    std::string operator()(const BreakDue& d) const { return describe_due(d); }
    std::string operator()(const BreakStarted& s) const {
      return "start " + std::string(to_string(s.kind));
    }
    std::string operator()(const BreakEnded& e) const {
      return "ended " + std::string(to_string(e.kind)) + " " + std::string(to_string(e.outcome));
    }
    std::string operator()(const Paused&) const { return "paused"; }
    std::string operator()(const Resumed&) const { return "resumed"; }
    std::string operator()(const MeetingHold& h) const {
      return h.on ? "hold on " + join(h.sources, ",") : "hold off";
    }
    std::string operator()(const DayRolledOver& d) const {
      return "new day active " + format_duration(d.active_yesterday) + " sitting " +
             format_duration(d.sitting_yesterday) + " longest " +
             format_duration(d.longest_sitting_yesterday);
    }
    std::string operator()(const StateChanged& c) const {
      return "state " + std::string(to_string(c.to));
    }
  };
  return std::visit(Visitor{}, event);
}

Scenario::Scenario(Settings settings, SimClock clock)
    : clock_(clock),
      engine_(std::move(settings), clock.now()),
      day_(floor<std::chrono::days>(std::chrono::sys_days{} +
                                    clock.now().local().time_since_epoch())) {}

std::string Scenario::log_text() const { return join(log_, "\n"); }

std::vector<std::string> Scenario::lines_with(std::string_view word) const {
  std::vector<std::string> found;
  for (const auto& line : log_)
    if (line.find(word) != std::string::npos) found.push_back(line);
  return found;
}

void Scenario::run(std::string_view script) {
  std::istringstream in{std::string(script)};
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    try {
      run_line(line);
    } catch (const std::exception& e) {
      throw std::runtime_error("scenario line " + std::to_string(number) + " (" + line +
                               "): " + e.what());
    }
  }
}

void Scenario::run_line(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.empty()) return;
  if (const auto at = parse_clock(words.front())) {
    const Duration target =
        (day_.time_since_epoch() + *at) - clock_.now().local().time_since_epoch();
    if (target < Duration{}) throw std::runtime_error("time goes backwards");
    pass(target, false);
    words.erase(words.begin());
    if (words.empty()) return;
  }
  act(words);
}

void Scenario::act(std::vector<std::string>& words) {
  const std::string& verb = words[0];
  auto arg = [&](std::size_t i) -> const std::string& {
    if (i >= words.size()) throw std::runtime_error("missing argument for " + verb);
    return words[i];
  };
  const Now& now = clock_.now();
  if (verb == "work" || verb == "idle") {
    pass(need_duration(arg(1)), verb == "work");
  } else if (verb == "lock") {
    engine_.session_locked(true, now);
    drain();
    pass(need_duration(arg(1)), false);
    engine_.session_locked(false, clock_.now());
  } else if (verb == "suspend") {
    engine_.suspending(now);
    drain();
    clock_.advance(need_duration(arg(1)));
    engine_.resumed(clock_.now());
  } else if (verb == "meeting") {
    engine_.meeting_started(arg(1), now);
    drain();
    pass(need_duration(arg(2)), false);
    engine_.meeting_stopped(arg(1), clock_.now());
  } else if (verb == "meeting-on") {
    engine_.meeting_started(arg(1), now);
  } else if (verb == "meeting-off") {
    engine_.meeting_stopped(arg(1), now);
  } else if (verb == "cmd") {
    command(words);
  } else {
    setup(words, arg);
  }
  drain();
}

template <typename Arg>
void Scenario::setup(const std::vector<std::string>& words, const Arg& arg) {
  const std::string& verb = words[0];
  const Now& now = clock_.now();
  if (verb == "answer") {
    answer_ = arg(1);
  } else if (verb == "offset") {
    clock_.set_utc_offset(now.utc_offset + floor<std::chrono::seconds>(need_duration(arg(1))));
    engine_.advance(clock_.now());
  } else if (verb == "wall") {
    clock_.step_wall(need_duration(arg(1)));
    engine_.advance(clock_.now());
  } else if (verb == "next-day") {
    day_ += std::chrono::days{1};
  } else if (verb == "set") {
    for (std::size_t i = 1; i < words.size(); ++i) set(words[i]);
  } else if (verb == "log") {
    (arg(1) == "states" ? log_states_ : log_warnings_) = need_bool(arg(2));
  } else {
    throw std::runtime_error("unknown action " + verb);
  }
}

void Scenario::command(const std::vector<std::string>& words) {
  const Now& now = clock_.now();
  const std::string what = words.size() > 1 ? words[1] : "";
  const std::string a = words.size() > 2 ? words[2] : "";
  if (what == "pause" && a == "until") {
    const auto at = parse_clock(words.size() > 3 ? words[3] : "");
    if (!at) throw std::runtime_error("pause until needs HH:MM");
    Duration local = day_.time_since_epoch() + *at;
    if (local <= now.local().time_since_epoch()) local += std::chrono::days{1};
    note(engine_.pause_until(WallTime{local - now.utc_offset}, now), "pause");
  } else if (what == "pause") {
    note(engine_.pause_for(a.empty() ? std::nullopt : std::optional(need_duration(a)), now),
         "pause");
  } else if (what == "resume") {
    note(engine_.resume(now), what);
  } else if (what == "break") {
    note(engine_.start_break(a.empty() ? std::nullopt : break_kind_from_string(a), now), what);
  } else if (what == "snooze") {
    note(engine_.snooze(a.empty() ? std::nullopt : std::optional(need_duration(a)), now), what);
  } else if (what == "skip") {
    note(engine_.skip(now), what);
  } else if (what == "done") {
    note(engine_.done(now), what);
  } else {
    throw std::runtime_error("unknown command " + what);
  }
}

void Scenario::set(const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos) throw std::runtime_error("expected KEY=VALUE: " + assignment);
  Settings s = engine_.settings();
  apply_setting(s, assignment.substr(0, eq), assignment.substr(eq + 1));
  engine_.apply_settings(std::move(s), clock_.now());
}

void Scenario::pass(Duration d, bool working) {
  // Like the daemon: sleep until the engine's next deadline (or the end of
  // the span), then report the latest input and let the engine advance.
  const SteadyTime end = clock_.now().steady + d;
  for (;;) {
    ++steps_;
    if (working) {
      engine_.input(clock_.now().steady, clock_.now());
      drain();
      answer();
    } else {
      engine_.advance(clock_.now());
      drain();
    }
    if (clock_.now().steady >= end) return;
    const auto next = engine_.next_deadline();
    const SteadyTime target = next ? std::min(*next, end) : end;
    if (target <= clock_.now().steady) throw std::logic_error("deadline not in the future");
    clock_.advance(target - clock_.now().steady);
  }
}

void Scenario::advance(Duration d) {
  clock_.advance(d);
  engine_.advance(clock_.now());
  drain();
}

void Scenario::input_now() {
  engine_.input(clock_.now().steady, clock_.now());
  drain();
}

void Scenario::drain() {
  for (const TimedEvent& e : engine_.take_events()) {
    if (std::holds_alternative<StateChanged>(e.event) && !log_states_) continue;
    if (std::holds_alternative<BreakWarning>(e.event) && !log_warnings_) continue;
    if (std::holds_alternative<BreakDue>(e.event)) unanswered_ = true;
    std::string line = clock_text(time_of_day(e.at), true) + " " + describe(e.event);
    if (const auto* p = std::get_if<Paused>(&e.event); p && p->until)
      line += " until " + clock_text(time_of_day(Now{{}, *p->until, e.at.utc_offset}), false);
    log_.push_back(std::move(line));
  }
}

void Scenario::answer() {
  // Answering one prompt may bring up the next at once (a skipped daily
  // limit, then the micro break that waited for it): answer each.
  for (int i = 0; i < 4 && unanswered_ && answer_ != "ignore"; ++i) {
    unanswered_ = false;
    if (!engine_.status(clock_.now()).break_due) return;
    const std::vector<std::string> words{"cmd", answer_ == "take" ? "break" : answer_};
    command(words);
    drain();
  }
}

void Scenario::note(const CommandResult& result, const std::string& what) {
  if (result.ok) return;
  log_.push_back(clock_text(time_of_day(clock_.now()), true) + " refused " + what + ": " +
                 result.error);
}

}  // namespace unknot::test
