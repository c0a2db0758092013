#include <cstring>

#include <glib-unix.h>
#include <glib.h>
#include <poll.h>
#include <wayland-client.h>

#include "ext-idle-notify-v1-client-protocol.h"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

/// The globals this backend needs, found while listening to the registry.
struct Globals {
  wl_seat* seat = nullptr;
  ext_idle_notifier_v1* notifier = nullptr;
};

void on_global(void* data, wl_registry* registry, uint32_t id, const char* interface, uint32_t) {
  auto* globals = static_cast<Globals*>(data);
  // Version 1 of both is all this backend speaks; the first seat is the user's.
  if (std::strcmp(interface, wl_seat_interface.name) == 0 && globals->seat == nullptr)
    globals->seat = static_cast<wl_seat*>(wl_registry_bind(registry, id, &wl_seat_interface, 1));
  else if (std::strcmp(interface, ext_idle_notifier_v1_interface.name) == 0)
    globals->notifier = static_cast<ext_idle_notifier_v1*>(
        wl_registry_bind(registry, id, &ext_idle_notifier_v1_interface, 1));
}

void on_global_remove(void*, wl_registry*, uint32_t) {}

constexpr wl_registry_listener kRegistryListener{on_global, on_global_remove};

/// Idle time from the compositor's ext-idle-notify-v1: it says "idled" once
/// no input came for `timeout` and "resumed" at the next input; there is no
/// query. So events are read as soon as they arrive (a GLib fd source on the
/// default context, which the daemon's loop drives) and stamped then: idle
/// began `timeout` before "idled". Until "idled" the user counts as active,
/// so a "last input" can read up to `timeout` late.
class WaylandIdleSource final : public IdleSource {
 public:
  WaylandIdleSource(wl_display* display, Globals globals, Duration timeout)
      : display_(display), globals_(globals), timeout_(timeout) {
    notification_ = ext_idle_notifier_v1_get_idle_notification(
        globals_.notifier, static_cast<uint32_t>(timeout.count()), globals_.seat);
    ext_idle_notification_v1_add_listener(notification_, &kListener, this);
    wl_display_flush(display_);
    fd_source_ = g_unix_fd_add(wl_display_get_fd(display_),
                               static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                               &WaylandIdleSource::on_readable, this);
  }
  ~WaylandIdleSource() override {
    if (fd_source_ != 0) g_source_remove(fd_source_);
    ext_idle_notification_v1_destroy(notification_);
    ext_idle_notifier_v1_destroy(globals_.notifier);
    wl_seat_destroy(globals_.seat);
    wl_display_disconnect(display_);
  }
  WaylandIdleSource(const WaylandIdleSource&) = delete;
  WaylandIdleSource& operator=(const WaylandIdleSource&) = delete;

  [[nodiscard]] std::string_view name() const override { return "wayland"; }

  std::optional<Duration> idle_time() override {
    // Also read here: without a running GLib loop (tests, or a stall) this is
    // where the news arrives.
    if (!read_events()) return std::nullopt;
    if (!idle_since_) return Duration::zero();
    return std::chrono::duration_cast<Duration>(read_clock().steady - *idle_since_);
  }

 private:
  static void on_idled(void* data, ext_idle_notification_v1*) {
    auto* self = static_cast<WaylandIdleSource*>(data);
    self->idle_since_ = read_clock().steady - self->timeout_;
  }
  static void on_resumed(void* data, ext_idle_notification_v1*) {
    static_cast<WaylandIdleSource*>(data)->idle_since_.reset();
  }
  static constexpr ext_idle_notification_v1_listener kListener{on_idled, on_resumed};

  static gboolean on_readable(gint, GIOCondition, gpointer data) {
    auto* self = static_cast<WaylandIdleSource*>(data);
    if (self->read_events()) return G_SOURCE_CONTINUE;
    self->fd_source_ = 0;
    return G_SOURCE_REMOVE;
  }

  /// Reads and dispatches whatever the compositor sent, without blocking;
  /// false once the connection is broken (logged once).
  bool read_events() {
    if (broken_) return false;
    while (wl_display_prepare_read(display_) != 0) wl_display_dispatch_pending(display_);
    wl_display_flush(display_);
    pollfd ready{wl_display_get_fd(display_), POLLIN, 0};
    if (::poll(&ready, 1, 0) > 0)
      wl_display_read_events(display_);
    else
      wl_display_cancel_read(display_);
    if (wl_display_dispatch_pending(display_) < 0 || wl_display_get_error(display_) != 0) {
      broken_ = true;
      log_warn("lost the Wayland compositor: idle time unknown from now on");
      return false;
    }
    return true;
  }

  wl_display* display_;
  Globals globals_;
  Duration timeout_;
  ext_idle_notification_v1* notification_ = nullptr;
  guint fd_source_ = 0;
  std::optional<SteadyTime> idle_since_;
  bool broken_ = false;
};

void release(wl_display* display, const Globals& globals) {
  if (globals.notifier != nullptr) ext_idle_notifier_v1_destroy(globals.notifier);
  if (globals.seat != nullptr) wl_seat_destroy(globals.seat);
  wl_display_disconnect(display);
}

}  // namespace

std::unique_ptr<IdleSource> make_wayland_idle_source(const char* display_name, Duration timeout,
                                                     std::string& why) {
  wl_display* display = wl_display_connect(display_name);
  if (display == nullptr) {
    why = "cannot connect to the Wayland compositor";
    return nullptr;
  }
  Globals globals;
  wl_registry* registry = wl_display_get_registry(display);
  wl_registry_add_listener(registry, &kRegistryListener, &globals);
  const bool answered = wl_display_roundtrip(display) >= 0;
  wl_registry_destroy(registry);
  if (!answered || globals.notifier == nullptr || globals.seat == nullptr) {
    why = answered ? "the compositor does not offer ext_idle_notifier_v1 and a seat"
                   : "the Wayland compositor did not answer";
    release(display, globals);
    return nullptr;
  }
  log_debug("idle time from the Wayland compositor (ext-idle-notify-v1)");
  return std::make_unique<WaylandIdleSource>(display, globals, timeout);
}

}  // namespace unknot
