// Idle time on macOS from CGEventSourceSecondsSinceLastEventType. Compiled
// only on APPLE (see CMakeLists.txt): it has never been compiled or tested
// here, since the project is built on Linux only so far.
#include <cmath>

#include <ApplicationServices/ApplicationServices.h>

#include "platform/idle_source.hpp"

namespace unknot {

namespace {

/// Seconds since any input event in the login session, as the window server keeps it.
class MacosIdleSource final : public IdleSource {
 public:
  [[nodiscard]] std::string_view name() const override { return "macos"; }

  std::optional<Duration> idle_time() override {
    // kCGAnyInputEventType covers keyboard, mouse and tablet; the combined
    // session state sees input from every source, not only this process.
    const CFTimeInterval seconds = CGEventSourceSecondsSinceLastEventType(
        kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType);
    if (!std::isfinite(seconds) || seconds < 0) return std::nullopt;
    return std::chrono::duration_cast<Duration>(std::chrono::duration<double>{seconds});
  }
};

}  // namespace

std::unique_ptr<IdleSource> make_macos_idle_source(std::string& why) {
  auto source = std::make_unique<MacosIdleSource>();
  if (!source->idle_time()) {
    why = "CGEventSourceSecondsSinceLastEventType gave no answer";
    return nullptr;
  }
  return source;
}

std::optional<OsIdleBackend> os_idle_backend() {
  return OsIdleBackend{"macos", make_macos_idle_source};
}

}  // namespace unknot
