#include <cstring>

#include <glib-unix.h>
#include <poll.h>

#include "platform/clock.hpp"
#include "platform/idle_source_wayland.hpp"
#include "platform/log.hpp"

namespace unknot::wayland_idle {

namespace {

/// What the registry listener looks for and what it found.
struct Wanted {
  const wl_interface* interface;
  Connection* found;
};

void on_global(void* data, wl_registry* registry, uint32_t id, const char* name, uint32_t) {
  auto* wanted = static_cast<Wanted*>(data);
  Connection& found = *wanted->found;
  // Version 1 is all these backends speak; the first seat is the user's.
  if (std::strcmp(name, wl_seat_interface.name) == 0 && found.seat == nullptr)
    found.seat = static_cast<wl_seat*>(wl_registry_bind(registry, id, &wl_seat_interface, 1));
  else if (std::strcmp(name, wanted->interface->name) == 0 && found.global == nullptr)
    found.global = wl_registry_bind(registry, id, wanted->interface, 1);
}

void on_global_remove(void*, wl_registry*, uint32_t) {}

constexpr wl_registry_listener kRegistryListener{on_global, on_global_remove};

}  // namespace

std::optional<Connection> connect(const char* display_name, const wl_interface& interface,
                                  std::string& why) {
  Connection found;
  found.display = wl_display_connect(display_name);
  if (found.display == nullptr) {
    why = "cannot connect to the Wayland compositor";
    return std::nullopt;
  }
  Wanted wanted{&interface, &found};
  wl_registry* registry = wl_display_get_registry(found.display);
  wl_registry_add_listener(registry, &kRegistryListener, &wanted);
  const bool answered = wl_display_roundtrip(found.display) >= 0;
  wl_registry_destroy(registry);
  if (answered && found.global != nullptr && found.seat != nullptr) return found;
  why = answered ? "the compositor does not offer " + std::string{interface.name} + " and a seat"
                 : "the Wayland compositor did not answer";
  if (found.global != nullptr) wl_proxy_destroy(static_cast<wl_proxy*>(found.global));
  if (found.seat != nullptr) wl_seat_destroy(found.seat);
  wl_display_disconnect(found.display);
  return std::nullopt;
}

IdleEvents::IdleEvents(wl_display* display, Duration timeout)
    : display_(display), timeout_(timeout) {}

IdleEvents::~IdleEvents() {
  if (fd_source_ != 0) g_source_remove(fd_source_);
  wl_display_disconnect(display_);
}

void IdleEvents::watch() {
  wl_display_flush(display_);
  fd_source_ = g_unix_fd_add(wl_display_get_fd(display_),
                             static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                             &IdleEvents::on_readable, this);
}

void IdleEvents::idled() { idle_since_ = read_clock().steady - timeout_; }

void IdleEvents::resumed() { idle_since_.reset(); }

std::optional<Duration> IdleEvents::idle_time() {
  // Also read here: without a running GLib loop (tests, or a stall) this is
  // where the news arrives.
  if (!read_events()) return std::nullopt;
  if (!idle_since_) return Duration::zero();
  return std::chrono::duration_cast<Duration>(read_clock().steady - *idle_since_);
}

gboolean IdleEvents::on_readable(gint, GIOCondition, gpointer data) {
  auto* self = static_cast<IdleEvents*>(data);
  if (self->read_events()) return G_SOURCE_CONTINUE;
  self->fd_source_ = 0;
  return G_SOURCE_REMOVE;
}

bool dispatch_without_blocking(wl_display* display) {
  while (wl_display_prepare_read(display) != 0) wl_display_dispatch_pending(display);
  wl_display_flush(display);
  pollfd ready{wl_display_get_fd(display), POLLIN, 0};
  if (::poll(&ready, 1, 0) > 0)
    wl_display_read_events(display);
  else
    wl_display_cancel_read(display);
  return wl_display_dispatch_pending(display) >= 0 && wl_display_get_error(display) == 0;
}

/// dispatch_without_blocking, logging a broken connection once.
bool IdleEvents::read_events() {
  if (broken_) return false;
  if (!dispatch_without_blocking(display_)) {
    broken_ = true;
    log_warn("lost the Wayland compositor: idle time unknown from now on");
    return false;
  }
  return true;
}

}  // namespace unknot::wayland_idle
