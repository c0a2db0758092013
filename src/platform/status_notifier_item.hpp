#pragma once
// The tray item: an org.kde.StatusNotifierItem exported over GDBus, with its
// menu served by libdbusmenu-glib. GLib only; no GTK.
// (Skeleton: the tray helper fills this in.)

namespace unknot {

class StatusNotifierItem {
 public:
  StatusNotifierItem();
  ~StatusNotifierItem();
};

}  // namespace unknot
