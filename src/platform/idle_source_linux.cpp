// Linux has no idle query of its own: the desktop's decide (X11, Wayland,
// GNOME's Mutter, KDE's screensaver; see idle_source.cpp).
#include "platform/idle_source.hpp"

namespace unknot {

std::optional<OsIdleBackend> os_idle_backend() { return std::nullopt; }

}  // namespace unknot
