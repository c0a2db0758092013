#include "platform/tray_choice.hpp"

namespace unknot {

TrayChoice choose_tray(const TraySituation& situation) {
  if (situation.sni_host.value_or(false)) return TrayChoice::status_notifier;
  // Docking into the X tray before the bus has answered would show a second
  // icon for a moment wherever both exist (xfce4-panel, KDE on X11).
  if (!situation.sni_host) return TrayChoice::undecided;
  if (situation.x_tray) return TrayChoice::xembed;
  // The wx fallback is an X11 icon too: on Wayland alone it would dock nowhere.
  if (!situation.x_display || situation.wayland) return TrayChoice::none;
  if (situation.waiting) return TrayChoice::undecided;
  return TrayChoice::fallback;
}

}  // namespace unknot
