// Idle time from KDE's older org_kde_kwin_idle Wayland protocol, for
// compositors without ext-idle-notify-v1 (KWin before Plasma 5.27's
// ext-idle-notify); see IdleEvents for how events become an idle time.
#include "idle-client-protocol.h"
#include "platform/idle_source.hpp"
#include "platform/idle_source_wayland.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

/// One org_kde_kwin_idle_timeout on the user's seat.
class KwinIdleSource final : public IdleSource {
 public:
  KwinIdleSource(const wayland_idle::Connection& connection, Duration timeout)
      : events_(connection.display, timeout),
        seat_(connection.seat),
        idle_(static_cast<org_kde_kwin_idle*>(connection.global)) {
    timeout_ =
        org_kde_kwin_idle_get_idle_timeout(idle_, seat_, static_cast<uint32_t>(timeout.count()));
    org_kde_kwin_idle_timeout_add_listener(timeout_, &kListener, &events_);
    events_.watch();
  }
  ~KwinIdleSource() override {
    // Before events_ disconnects the display.
    org_kde_kwin_idle_timeout_release(timeout_);
    org_kde_kwin_idle_destroy(idle_);
    wl_seat_destroy(seat_);
  }
  KwinIdleSource(const KwinIdleSource&) = delete;
  KwinIdleSource& operator=(const KwinIdleSource&) = delete;

  [[nodiscard]] std::string_view name() const override { return "kwin-idle"; }
  std::optional<Duration> idle_time() override { return events_.idle_time(); }

 private:
  static void on_idle(void* data, org_kde_kwin_idle_timeout*) {
    static_cast<wayland_idle::IdleEvents*>(data)->idled();
  }
  static void on_resumed(void* data, org_kde_kwin_idle_timeout*) {
    static_cast<wayland_idle::IdleEvents*>(data)->resumed();
  }
  static constexpr org_kde_kwin_idle_timeout_listener kListener{on_idle, on_resumed};

  wayland_idle::IdleEvents events_;
  wl_seat* seat_;
  org_kde_kwin_idle* idle_;
  org_kde_kwin_idle_timeout* timeout_ = nullptr;
};

}  // namespace

std::unique_ptr<IdleSource> make_kwin_idle_source(const char* display_name, Duration timeout,
                                                  std::string& why) {
  auto connection = wayland_idle::connect(display_name, org_kde_kwin_idle_interface, why);
  if (!connection) return nullptr;
  log_debug("idle time from the Wayland compositor (org_kde_kwin_idle)");
  return std::make_unique<KwinIdleSource>(*connection, timeout);
}

}  // namespace unknot
