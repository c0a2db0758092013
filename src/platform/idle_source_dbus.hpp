#pragma once
// A polled D-Bus idle backend: one method call answering milliseconds of
// idle time (org.freedesktop.ScreenSaver's GetSessionIdleTime; Mutter has
// watches instead, see idle_source_mutter.cpp). Internal to platform/.
#include <memory>
#include <string>

#include "platform/idle_source.hpp"

namespace unknot::idle {

/// Where a D-Bus service answers "how long idle?" and how to read the answer.
struct BusIdleQuery {
  std::string backend_name;  ///< shown in status: "screensaver"
  std::string bus_name;
  std::string object_path;
  std::string interface_name;
  std::string method;
  std::string reply_type;  ///< "(t)" (uint64 ms) or "(u)" (uint32 ms)
};

/// A source that calls `query` on the session bus at each idle_time(); nullptr
/// (with `why` set) when the bus or the service is absent, or the first call
/// fails, so the caller can try the next backend.
std::unique_ptr<IdleSource> make_bus_idle_source(const BusIdleQuery& query, std::string& why);

}  // namespace unknot::idle
