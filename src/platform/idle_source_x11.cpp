#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

#include "platform/idle_source.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

/// Idle time from the X server's MIT-SCREEN-SAVER extension. The Display stays
/// open for the daemon's life: one round trip per query, no reconnects.
/// If the X server goes away, Xlib's default I/O error handler ends the
/// process; that is the session ending, and the daemon should end with it.
class X11IdleSource final : public IdleSource {
 public:
  X11IdleSource(Display* display, XScreenSaverInfo* info) : display_(display), info_(info) {}
  ~X11IdleSource() override {
    XFree(info_);
    XCloseDisplay(display_);
  }
  X11IdleSource(const X11IdleSource&) = delete;
  X11IdleSource& operator=(const X11IdleSource&) = delete;

  [[nodiscard]] std::string_view name() const override { return "x11"; }

  std::optional<Duration> idle_time() override {
    if (XScreenSaverQueryInfo(display_, DefaultRootWindow(display_), info_) == 0)
      return std::nullopt;
    return Duration{info_->idle};
  }

 private:
  Display* display_;
  XScreenSaverInfo* info_;
};

}  // namespace

std::unique_ptr<IdleSource> make_x11_idle_source(const char* display_name) {
  Display* display = XOpenDisplay(display_name);
  if (display == nullptr) return nullptr;
  int event_base = 0, error_base = 0;
  XScreenSaverInfo* info = nullptr;
  if (XScreenSaverQueryExtension(display, &event_base, &error_base) != 0)
    info = XScreenSaverAllocInfo();
  if (info == nullptr) {
    XCloseDisplay(display);
    return nullptr;
  }
  log_debug(std::string{"idle time from X display "} + DisplayString(display));
  return std::make_unique<X11IdleSource>(display, info);
}

}  // namespace unknot
