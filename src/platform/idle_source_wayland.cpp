// Idle time from Wayland's ext-idle-notify-v1 (sway, Hyprland, KWin 6,
// newer GNOME); see IdleEvents for how events become an idle time.
#include "platform/idle_source_wayland.hpp"

#include "ext-idle-notify-v1-client-protocol.h"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

/// One ext_idle_notification_v1 on the user's seat.
class WaylandIdleSource final : public IdleSource {
 public:
  WaylandIdleSource(const wayland_idle::Connection& connection, Duration timeout)
      : events_(connection.display, timeout),
        seat_(connection.seat),
        notifier_(static_cast<ext_idle_notifier_v1*>(connection.global)) {
    notification_ = ext_idle_notifier_v1_get_idle_notification(
        notifier_, static_cast<uint32_t>(timeout.count()), seat_);
    ext_idle_notification_v1_add_listener(notification_, &kListener, &events_);
    events_.watch();
  }
  ~WaylandIdleSource() override {
    // Before events_ disconnects the display.
    ext_idle_notification_v1_destroy(notification_);
    ext_idle_notifier_v1_destroy(notifier_);
    wl_seat_destroy(seat_);
  }
  WaylandIdleSource(const WaylandIdleSource&) = delete;
  WaylandIdleSource& operator=(const WaylandIdleSource&) = delete;

  [[nodiscard]] std::string_view name() const override { return "wayland"; }
  std::optional<Duration> idle_time() override { return events_.idle_time(); }

 private:
  static void on_idled(void* data, ext_idle_notification_v1*) {
    static_cast<wayland_idle::IdleEvents*>(data)->idled();
  }
  static void on_resumed(void* data, ext_idle_notification_v1*) {
    static_cast<wayland_idle::IdleEvents*>(data)->resumed();
  }
  static constexpr ext_idle_notification_v1_listener kListener{on_idled, on_resumed};

  wayland_idle::IdleEvents events_;
  wl_seat* seat_;
  ext_idle_notifier_v1* notifier_;
  ext_idle_notification_v1* notification_ = nullptr;
};

}  // namespace

std::unique_ptr<IdleSource> make_wayland_idle_source(const char* display_name, Duration timeout,
                                                     std::string& why) {
  auto connection = wayland_idle::connect(display_name, ext_idle_notifier_v1_interface, why);
  if (!connection) return nullptr;
  log_debug("idle time from the Wayland compositor (ext-idle-notify-v1)");
  return std::make_unique<WaylandIdleSource>(*connection, timeout);
}

}  // namespace unknot
