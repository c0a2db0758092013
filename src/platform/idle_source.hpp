#pragma once
// How long the user has not touched keyboard or mouse: the fact behind
// "active" and "idle", and behind natural breaks.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace unknot {

/// One way of measuring time since the last user input (one backend per file).
class IdleSource {
 public:
  virtual ~IdleSource();
  /// The backend's short name, shown in `unknotctl status` ("x11", "none").
  [[nodiscard]] virtual std::string_view name() const = 0;
  /// Time since the last user input; nullopt when it cannot be measured now.
  virtual std::optional<Duration> idle_time() = 0;
};

/// The best backend for this session, picked at run time and logged: the one
/// named by $UNKNOT_IDLE_SOURCE (wayland, kwin-idle, mutter, screensaver, x11,
/// none) if set; else the first that works of Wayland ext-idle-notify, KDE's
/// org_kde_kwin_idle (both when WAYLAND_DISPLAY is set), GNOME's Mutter,
/// org.freedesktop.ScreenSaver, X11 (in an X11 session X11 before the ScreenSaver); else "none"
/// with a warning saying what was tried.
std::unique_ptr<IdleSource> make_idle_source();

/// ext-idle-notify-v1 on Wayland `display` (nullptr: $WAYLAND_DISPLAY), told
/// "idle" after `timeout` without input; nullptr, with `why`, when the
/// compositor is unreachable or does not offer the protocol.
std::unique_ptr<IdleSource> make_wayland_idle_source(const char* display, Duration timeout,
                                                     std::string& why);

/// GNOME's org.gnome.Mutter.IdleMonitor on the session bus (X11 and Wayland
/// sessions), driven by its idle and user-active watches (no polling);
/// nullptr, with `why`, when it does not answer.
std::unique_ptr<IdleSource> make_mutter_idle_source(std::string& why);

/// The same with an idle watch of `watch_interval` (default 5 s): idle time
/// under it reads as 0.
std::unique_ptr<IdleSource> make_mutter_idle_source(Duration watch_interval, std::string& why);

/// KDE's older org_kde_kwin_idle on Wayland `display` (nullptr:
/// $WAYLAND_DISPLAY), for compositors without ext-idle-notify-v1; told "idle"
/// after `timeout` without input; nullptr, with `why`, when unavailable.
std::unique_ptr<IdleSource> make_kwin_idle_source(const char* display, Duration timeout,
                                                  std::string& why);

/// org.freedesktop.ScreenSaver's GetSessionIdleTime on the session bus (KDE);
/// nullptr, with `why`, when absent or when the service refuses the method.
std::unique_ptr<IdleSource> make_screensaver_idle_source(std::string& why);

/// The X11 backend on `display` (nullptr: $DISPLAY); nullptr when the display
/// cannot be opened or lacks the MIT-SCREEN-SAVER extension.
std::unique_ptr<IdleSource> make_x11_idle_source(const char* display = nullptr);

/// Windows' GetLastInputInfo (compiled only on Windows); nullptr, with `why`, on failure.
std::unique_ptr<IdleSource> make_windows_idle_source(std::string& why);

/// macOS's CGEventSourceSecondsSinceLastEventType (compiled only on macOS);
/// nullptr, with `why`, on failure.
std::unique_ptr<IdleSource> make_macos_idle_source(std::string& why);

/// The OS's own idle query, tried before any desktop's.
struct OsIdleBackend {
  const char* name;  ///< "windows", "macos"
  std::unique_ptr<IdleSource> (*make)(std::string& why);
};

/// This OS's own query; nullopt where the OS has none and the desktop decides
/// (Linux). One definition per OS file: idle_source_windows.cpp,
/// idle_source_macos.cpp, idle_source_linux.cpp.
std::optional<OsIdleBackend> os_idle_backend();

/// The fallback that cannot see input: always 0 idle, so the user counts as
/// active and breaks still come (only natural breaks go unnoticed).
std::unique_ptr<IdleSource> make_none_idle_source();

}  // namespace unknot
