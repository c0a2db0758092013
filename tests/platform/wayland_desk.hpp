#pragma once
// A desktop with neither X11 nor D-Bus for the Wayland tests: a private
// runtime dir for a test compositor's socket, and WAYLAND_DISPLAY naming it.
#include <utility>

#include <cstdlib>
#include <filesystem>

#include "support/desktop_session.hpp"
#include "support/temp_home.hpp"

namespace unknot::test {

struct WaylandDesk {
  TempHome home;
  DesktopSession desktop{{.x11 = false, .dbus = false}};  // restores the environment
  explicit WaylandDesk(const char* socket) {
    std::filesystem::create_directories(home.runtime_dir());
    std::filesystem::permissions(home.runtime_dir(), std::filesystem::perms::owner_all);
    ::setenv("XDG_RUNTIME_DIR", home.runtime_dir().c_str(), 1);
    ::setenv("WAYLAND_DISPLAY", socket, 1);
  }
};

}  // namespace unknot::test
