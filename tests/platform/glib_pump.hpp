#pragma once
// Runs the default GMainContext from a test while it waits for another
// process: bounded polling, as the test has no event loop of its own.
#include <chrono>
#include <functional>

#include <glib.h>

#include "support/desktop_session.hpp"

namespace unknot::test {

/// Dispatches whatever GLib has pending, without blocking.
inline void pump_glib() {
  while (g_main_context_iteration(nullptr, FALSE)) {
  }
}

/// Pumps GLib until `condition` holds or `timeout` passes; returns the condition.
inline bool pump_until(const std::function<bool()>& condition,
                       std::chrono::milliseconds timeout = std::chrono::seconds{10}) {
  return wait_until(
      [&] {
        pump_glib();
        return condition();
      },
      timeout, std::chrono::milliseconds{5});
}

}  // namespace unknot::test
