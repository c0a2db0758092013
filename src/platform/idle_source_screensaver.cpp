#include "platform/idle_source.hpp"
#include "platform/idle_source_dbus.hpp"

namespace unknot {

std::unique_ptr<IdleSource> make_screensaver_idle_source(std::string& why) {
  // KDE's implementation answers in milliseconds (KIdleTime), whatever older
  // drafts of the interface said; services that do not implement the method
  // answer with an error and are skipped at the probe.
  return idle::make_bus_idle_source({.backend_name = "screensaver",
                                     .bus_name = "org.freedesktop.ScreenSaver",
                                     .object_path = "/org/freedesktop/ScreenSaver",
                                     .interface_name = "org.freedesktop.ScreenSaver",
                                     .method = "GetSessionIdleTime",
                                     .reply_type = "(u)"},
                                    why);
}

}  // namespace unknot
