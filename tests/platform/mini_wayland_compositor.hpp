#pragma once
// A minimal Wayland compositor for tests: a wl_seat and, on request,
// ext_idle_notifier_v1 and/or KDE's older org_kde_kwin_idle, served with libwayland-server on a
// thread of its own over a real socket in $XDG_RUNTIME_DIR. It keeps each notification's idle timer
// as a compositor does: "idled" after the requested timeout without input, "resumed" at the next
// input.
#include <atomic>
#include <cstdint>
#include <list>
#include <stdexcept>
#include <string>
#include <thread>

#include <sys/eventfd.h>
#include <unistd.h>
#include <wayland-server.h>

#include "ext-idle-notify-v1-server-protocol.h"
#include "idle-server-protocol.h"

namespace unknot::test {

/// Serves `socket_name` until destroyed; `input()` plays a key press.
class MiniWaylandCompositor {
 public:
  MiniWaylandCompositor(const std::string& socket_name, bool offer_idle_notify,
                        bool offer_kwin_idle = false) {
    display_ = wl_display_create();
    if (wl_display_add_socket(display_, socket_name.c_str()) != 0) {
      wl_display_destroy(display_);
      throw std::runtime_error("cannot listen on Wayland socket " + socket_name);
    }
    wl_global_create(display_, &wl_seat_interface, 1, this, &bind_seat);
    if (offer_idle_notify)
      wl_global_create(display_, &ext_idle_notifier_v1_interface, 1, this, &bind_notifier);
    if (offer_kwin_idle)
      wl_global_create(display_, &org_kde_kwin_idle_interface, 1, this, &bind_kwin_idle);
    input_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    input_source_ = wl_event_loop_add_fd(wl_display_get_event_loop(display_), input_fd_,
                                         WL_EVENT_READABLE, &on_input, this);
    thread_ = std::thread([this] { serve(); });
  }
  ~MiniWaylandCompositor() {
    stop_ = true;
    thread_.join();
    wl_display_destroy_clients(display_);
    wl_event_source_remove(input_source_);  // the loop does not free its sources
    wl_display_destroy(display_);
    ::close(input_fd_);
  }
  MiniWaylandCompositor(const MiniWaylandCompositor&) = delete;
  MiniWaylandCompositor& operator=(const MiniWaylandCompositor&) = delete;

  /// The user pressed a key (handled on the compositor's thread).
  void input() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(input_fd_, &one, sizeof one);
  }
  /// The timeout of the last idle notification a client asked for, in ms.
  [[nodiscard]] std::uint32_t requested_timeout_ms() const { return requested_timeout_ms_; }
  /// How many "idled" events were sent.
  [[nodiscard]] int idled_sent() const { return idled_sent_; }

 private:
  /// One client's ext_idle_notification_v1 or org_kde_kwin_idle_timeout and its timer.
  struct Notification {
    MiniWaylandCompositor* owner = nullptr;
    wl_resource* resource = nullptr;
    bool kwin = false;  ///< an org_kde_kwin_idle_timeout
    wl_event_source* timer = nullptr;
    std::uint32_t timeout_ms = 0;
    bool idle = false;
  };

  void serve() {
    wl_event_loop* loop = wl_display_get_event_loop(display_);
    while (!stop_) {
      wl_event_loop_dispatch(loop, 20);
      wl_display_flush_clients(display_);
    }
  }

  static void bind_seat(wl_client* client, void*, uint32_t version, uint32_t id) {
    wl_resource* seat =
        wl_resource_create(client, &wl_seat_interface, static_cast<int>(version), id);
    // No pointer or keyboard to hand out: the idle client only names the seat.
    wl_resource_set_implementation(seat, &kSeatImplementation, nullptr, nullptr);
    wl_seat_send_capabilities(seat, 0);
  }
  static void no_device(wl_client*, wl_resource*, uint32_t) {}
  static constexpr struct wl_seat_interface kSeatImplementation {
    no_device, no_device, no_device, nullptr
  };

  static void bind_notifier(wl_client* client, void* data, uint32_t version, uint32_t id) {
    wl_resource* notifier =
        wl_resource_create(client, &ext_idle_notifier_v1_interface, static_cast<int>(version), id);
    wl_resource_set_implementation(notifier, &kNotifierImplementation, data, nullptr);
  }
  static void destroy_resource(wl_client*, wl_resource* resource) { wl_resource_destroy(resource); }
  static void get_notification(wl_client* client, wl_resource* notifier, uint32_t id,
                               uint32_t timeout_ms, wl_resource*) {
    auto* self = static_cast<MiniWaylandCompositor*>(wl_resource_get_user_data(notifier));
    self->requested_timeout_ms_ = timeout_ms;
    Notification& n = self->notifications_.emplace_back();
    n.owner = self;
    n.timeout_ms = timeout_ms;
    n.resource = wl_resource_create(client, &ext_idle_notification_v1_interface,
                                    wl_resource_get_version(notifier), id);
    wl_resource_set_implementation(n.resource, &kNotificationImplementation, &n,
                                   &forget_notification);
    self->start_timer(n);
  }
  void start_timer(Notification& n) {
    n.timer = wl_event_loop_add_timer(wl_display_get_event_loop(display_), &on_timeout, &n);
    wl_event_source_timer_update(n.timer, static_cast<int>(n.timeout_ms));
  }

  static void bind_kwin_idle(wl_client* client, void* data, uint32_t version, uint32_t id) {
    wl_resource* idle =
        wl_resource_create(client, &org_kde_kwin_idle_interface, static_cast<int>(version), id);
    wl_resource_set_implementation(idle, &kKwinIdleImplementation, data, nullptr);
  }
  static void get_idle_timeout(wl_client* client, wl_resource* idle, uint32_t id, wl_resource*,
                               uint32_t timeout_ms) {
    auto* self = static_cast<MiniWaylandCompositor*>(wl_resource_get_user_data(idle));
    self->requested_timeout_ms_ = timeout_ms;
    Notification& n = self->notifications_.emplace_back();
    n.owner = self;
    n.kwin = true;
    n.timeout_ms = timeout_ms;
    n.resource = wl_resource_create(client, &org_kde_kwin_idle_timeout_interface,
                                    wl_resource_get_version(idle), id);
    wl_resource_set_implementation(n.resource, &kKwinTimeoutImplementation, &n,
                                   &forget_notification);
    self->start_timer(n);
  }
  static void simulate_user_activity(wl_client*, wl_resource*) {}
  static constexpr struct org_kde_kwin_idle_interface kKwinIdleImplementation { get_idle_timeout };
  static constexpr struct org_kde_kwin_idle_timeout_interface kKwinTimeoutImplementation {
    destroy_resource, simulate_user_activity
  };
  static constexpr struct ext_idle_notifier_v1_interface kNotifierImplementation {
    destroy_resource, get_notification
  };
  static constexpr struct ext_idle_notification_v1_interface kNotificationImplementation {
    destroy_resource
  };

  static void forget_notification(wl_resource* resource) {
    auto* n = static_cast<Notification*>(wl_resource_get_user_data(resource));
    wl_event_source_remove(n->timer);
    n->owner->notifications_.remove_if([n](const Notification& x) { return &x == n; });
  }
  static int on_timeout(void* data) {
    auto* n = static_cast<Notification*>(data);
    n->idle = true;
    if (n->kwin)
      org_kde_kwin_idle_timeout_send_idle(n->resource);
    else
      ext_idle_notification_v1_send_idled(n->resource);
    ++n->owner->idled_sent_;
    return 0;
  }
  static int on_input(int fd, uint32_t, void* data) {
    std::uint64_t count = 0;
    [[maybe_unused]] const auto got = ::read(fd, &count, sizeof count);
    auto* self = static_cast<MiniWaylandCompositor*>(data);
    for (Notification& n : self->notifications_) {
      if (n.idle && n.kwin) org_kde_kwin_idle_timeout_send_resumed(n.resource);
      if (n.idle && !n.kwin) ext_idle_notification_v1_send_resumed(n.resource);
      n.idle = false;
      wl_event_source_timer_update(n.timer, static_cast<int>(n.timeout_ms));
    }
    return 0;
  }

  wl_display* display_ = nullptr;
  int input_fd_ = -1;
  wl_event_source* input_source_ = nullptr;
  std::list<Notification> notifications_;  ///< stable addresses: resources point at them
  std::atomic<std::uint32_t> requested_timeout_ms_{0};
  std::atomic<int> idled_sent_{0};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace unknot::test
