// Idle time on Windows from GetLastInputInfo. Compiled only on WIN32 (see
// CMakeLists.txt): it has never been compiled or tested here, since the
// project is built on Linux only so far.
#include <windows.h>

#include "platform/idle_source.hpp"

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
    // Both are milliseconds since boot; the unsigned 32-bit difference stays
    // right when GetTickCount wraps after 49.7 days.
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

}  // namespace unknot
