#include "platform/idle_source.hpp"
#include "platform/idle_source_dbus.hpp"

namespace unknot {

std::unique_ptr<IdleSource> make_mutter_idle_source(std::string& why) {
  // Mutter answers for both its X11 and Wayland sessions; GetIdletime is uint64 ms.
  return idle::make_bus_idle_source({.backend_name = "mutter",
                                     .bus_name = "org.gnome.Mutter.IdleMonitor",
                                     .object_path = "/org/gnome/Mutter/IdleMonitor/Core",
                                     .interface_name = "org.gnome.Mutter.IdleMonitor",
                                     .method = "GetIdletime",
                                     .reply_type = "(t)"},
                                    why);
}

}  // namespace unknot
