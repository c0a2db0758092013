#include "service/desk_wiring.hpp"

#include <string>

#include "platform/clock.hpp"
#include "platform/log.hpp"

namespace unknot {

DeskEvents desk_events_for(Engine& engine, std::function<void()> refresh,
                           std::function<Now()> clock) {
  // Shared by the four handlers, which the signals copy.
  auto after = std::make_shared<std::function<void()>>(std::move(refresh));
  auto now = std::make_shared<std::function<Now()>>(std::move(clock));
  DeskEvents events;
  events.meeting = [&engine, after, now](const std::string& source, bool active) {
    if (active)
      engine.meeting_started(source, (*now)());
    else
      engine.meeting_stopped(source, (*now)());
    if (*after) (*after)();
  };
  events.locked = [&engine, after, now](bool locked) {
    engine.session_locked(locked, (*now)());
    if (*after) (*after)();
  };
  events.suspending = [&engine, after, now] {
    engine.suspending((*now)());
    if (*after) (*after)();
  };
  events.resumed = [&engine, after, now] {
    engine.resumed((*now)());
    if (*after) (*after)();
  };
  return events;
}

DeskWiring::DeskWiring(Engine& engine, std::function<void()> refresh, std::function<Now()> clock,
                       Factory make_signals)
    : events_(desk_events_for(engine, std::move(refresh),
                              clock ? std::move(clock) : std::function<Now()>{&read_clock})),
      make_signals_(make_signals ? std::move(make_signals) : Factory{&make_desk_signals}) {}

DeskWiring::~DeskWiring() = default;

void DeskWiring::apply(const MeetingSettings& meetings) {
  if (applied_ && *applied_ == meetings) return;
  applied_ = meetings;
  for (auto& signal : signals_) signal->stop();
  signals_ = make_signals_(meetings, events_);
  std::string started;
  for (auto& signal : signals_) {
    signal->start();
    started += (started.empty() ? "" : ", ") + std::string{signal->name()};
  }
  log_info("desk signals: " + started);
}

std::vector<std::string_view> DeskWiring::names() const {
  std::vector<std::string_view> out;
  for (const auto& signal : signals_) out.push_back(signal->name());
  return out;
}

}  // namespace unknot
