#include "service/hook_events.hpp"

#include <chrono>

namespace unknot {

namespace {

std::string seconds_text(Duration d) {
  return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(d).count());
}

std::optional<HookCall> call(std::string name, const std::string& command, std::string kind,
                             std::string outcome, Duration sitting) {
  if (command.empty()) return std::nullopt;
  HookCall out{name, command, {}};
  out.environment = {{"UNKNOT_EVENT", std::move(name)},
                     {"UNKNOT_BREAK_KIND", std::move(kind)},
                     {"UNKNOT_OUTCOME", std::move(outcome)},
                     {"UNKNOT_SITTING_S", seconds_text(sitting)}};
  return out;
}

std::string joined(const std::vector<std::string>& sources) {
  std::string out;
  for (const std::string& s : sources) out += (out.empty() ? "" : " ") + s;
  return out;
}

}  // namespace

std::optional<HookCall> HookEvents::on_event(const TimedEvent& event, const Status& status,
                                             const HookSettings& hooks) {
  if (const auto* started = std::get_if<BreakStarted>(&event.event)) {
    running_ = started->kind;
    return call("break_start", hooks.break_start, std::string(to_string(started->kind)), "",
                status.sitting);
  }
  if (const auto* ended = std::get_if<BreakEnded>(&event.event)) {
    if (!running_) return std::nullopt;
    running_.reset();
    return call("break_end", hooks.break_end, std::string(to_string(ended->kind)),
                std::string(to_string(ended->outcome)), ended->sitting);
  }
  if (const auto* hold = std::get_if<MeetingHold>(&event.event)) {
    if (hold->on == in_meeting_) return std::nullopt;
    in_meeting_ = hold->on;
    auto out = call(hold->on ? "meeting_start" : "meeting_end",
                    hold->on ? hooks.meeting_start : hooks.meeting_end, "", "", status.sitting);
    if (out) out->environment.emplace_back("UNKNOT_MEETING_SOURCES", joined(hold->sources));
    return out;
  }
  return std::nullopt;
}

}  // namespace unknot
