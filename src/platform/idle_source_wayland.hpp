#pragma once
// What both Wayland idle backends share (ext-idle-notify-v1 and KDE's older
// org_kde_kwin_idle): connecting, finding the seat and the protocol's
// global, and turning "idled"/"resumed" events into an idle time. Internal
// to platform/.
#include <optional>
#include <string>
#include <string_view>

#include <glib.h>
#include <wayland-client.h>

#include "core/time.hpp"

namespace unknot::wayland_idle {

/// A compositor connection with the user's seat and one bound global.
struct Connection {
  wl_display* display = nullptr;
  wl_seat* seat = nullptr;
  void* global = nullptr;  ///< the bound `interface` object
};

/// Connects to `display_name` (nullptr: $WAYLAND_DISPLAY) and binds version 1
/// of `interface` and the first seat; nullopt, with `why`, when unreachable
/// or either is missing (nothing is left open then).
std::optional<Connection> connect(const char* display_name, const wl_interface& interface,
                                  std::string& why);

/// Reads and dispatches whatever the compositor sent, without blocking;
/// false once the connection is broken. (The fullscreen signal's reader too.)
bool dispatch_without_blocking(wl_display* display);

/// The idle state the compositor reports: it says "idled" once no input came
/// for `timeout` and "resumed" at the next input; there is no query. So
/// events are read as soon as they arrive (a GLib fd source on the default
/// context, which the daemon's loop drives) and stamped then: idle began
/// `timeout` before "idled". Until "idled" the user counts as active, so a
/// "last input" can read up to `timeout` late.
class IdleEvents {
 public:
  /// Takes the display (disconnected on destruction, so destroy protocol
  /// objects first); call watch() once the listener is added.
  IdleEvents(wl_display* display, Duration timeout);
  ~IdleEvents();
  IdleEvents(const IdleEvents&) = delete;
  IdleEvents& operator=(const IdleEvents&) = delete;

  /// Flushes the requests and starts reading events from the GLib loop.
  void watch();
  /// The compositor said "idle".
  void idled();
  /// The compositor said "resumed" (input came).
  void resumed();
  /// Time since the last input (reading pending events first); nullopt once
  /// the compositor is gone.
  std::optional<Duration> idle_time();

 private:
  static gboolean on_readable(gint, GIOCondition, gpointer data);
  bool read_events();

  wl_display* display_;
  Duration timeout_;
  guint fd_source_ = 0;
  std::optional<SteadyTime> idle_since_;
  bool broken_ = false;
};

}  // namespace unknot::wayland_idle
