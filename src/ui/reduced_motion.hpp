#pragma once
// Whether the desktop asks for less motion (GNOME's "Reduce animation",
// GTK's gtk-enable-animations, Windows' "Show animations"). The break window
// then shows an exercise's key poses side by side instead of animating them.

namespace unknot {

bool desktop_wants_reduced_motion();

}  // namespace unknot
