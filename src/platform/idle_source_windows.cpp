// Idle time on Windows from GetLastInputInfo: the session's last keyboard or
// mouse input, kept by the system. Reading it is a cheap call, so the daemon
// asks only when the engine needs to know (its deadlines), and polls only
// while the user is away, as on Linux: no 1 s tick.
#include <cstdlib>
#include <string>

#include <windows.h>

#include "platform/idle_source.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

/// The session's last input, as the system keeps it.
class WindowsIdleSource final : public IdleSource {
 public:
  [[nodiscard]] std::string_view name() const override { return "windows"; }

  std::optional<Duration> idle_time() override {
    LASTINPUTINFO info{};
    info.cbSize = sizeof info;
    if (GetLastInputInfo(&info) == 0) return std::nullopt;
    // Both are milliseconds since boot in 32 bits; the unsigned difference
    // stays right when GetTickCount wraps after 49.7 days.
    const DWORD idle_ms = GetTickCount() - info.dwTime;
    return Duration{static_cast<Duration::rep>(idle_ms)};
  }
};

}  // namespace

std::unique_ptr<IdleSource> make_windows_idle_source(std::string& why) {
  auto source = std::make_unique<WindowsIdleSource>();
  if (!source->idle_time()) {
    why = "GetLastInputInfo failed";
    return nullptr;
  }
  return source;
}

std::unique_ptr<IdleSource> make_idle_source() {
  const char* wanted = std::getenv("UNKNOT_IDLE_SOURCE");
  if (wanted != nullptr && std::string_view{wanted} == "none") return make_none_idle_source();
  if (wanted != nullptr && *wanted != '\0' && std::string_view{wanted} != "windows")
    log_warn(std::string{"UNKNOT_IDLE_SOURCE="} + wanted +
             " is not one of windows, none: choosing automatically");
  std::string why;
  if (auto source = make_windows_idle_source(why)) return source;
  log_warn("cannot read idle time (" + why + "): treating the user as always active");
  return make_none_idle_source();
}

}  // namespace unknot
