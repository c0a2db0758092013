// GTK's own switch: set by GNOME's and Xfce's settings daemons (XSETTINGS
// Gtk/EnableAnimations) and by gtk-3.0/settings.ini elsewhere.
#include <gtk/gtk.h>

#include "ui/reduced_motion.hpp"

namespace unknot {

bool desktop_wants_reduced_motion() {
  GtkSettings* settings = gtk_settings_get_default();
  if (settings == nullptr) return false;
  gboolean animations = TRUE;
  g_object_get(settings, "gtk-enable-animations", &animations, nullptr);
  return animations == FALSE;
}

}  // namespace unknot
