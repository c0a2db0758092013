#pragma once
// Which tray draws Unknot's icon, as a pure decision: the StatusNotifierItem
// when a host is on the bus, else the daemon's own XEmbed icon when an X11
// system tray exists, else `unknot-ui --tray` (wx) -- but only where an X
// display exists and the session is not Wayland's, and not while a tray may still be appearing (at start, or
// just after one went away). Pure: no X, no D-Bus, no clock.
#include <optional>

namespace unknot {

/// What the tray code knows at one moment.
struct TraySituation {
  /// A StatusNotifierWatcher has our item registered; nullopt: not known yet.
  std::optional<bool> sni_host;
  bool x_tray = false;     ///< an X11 `_NET_SYSTEM_TRAY_S<n>` selection owner exists
  bool x_display = false;  ///< the daemon could open an X display (false: Wayland only)
  bool waiting = false;    ///< within the grace after start or after a tray left
  /// A Wayland session (WAYLAND_DISPLAY set). Xwayland may give it an X
  /// display, but GTK, and so the wx fallback, runs on Wayland there, where
  /// no X11 status icon can dock (sway, GNOME, KDE on Wayland).
  bool wayland = false;
};

/// Who shows the icon.
enum class TrayChoice {
  undecided,        ///< keep what there is: a tray may appear any moment
  status_notifier,  ///< the StatusNotifierItem (D-Bus)
  xembed,           ///< the daemon's own icon docked in the X11 tray
  fallback,         ///< `unknot-ui --tray`
  none,             ///< no tray at all (Wayland without a StatusNotifierItem host)
};

/// The choice for `situation`.
TrayChoice choose_tray(const TraySituation& situation);

}  // namespace unknot
