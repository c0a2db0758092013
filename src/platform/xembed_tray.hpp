#pragma once
// The daemon's own icon in an X11 system tray (freedesktop System Tray
// protocol over XEmbed), for panels without a StatusNotifierItem host:
// trayer, stalonetray, i3bar, polybar, tint2. It draws the same state icons
// as the StatusNotifierItem (tray_pixmap.hpp) with XRender, shows the
// tooltip on hover, and asks for the menu on a click -- it draws no menu
// itself (no toolkit in the daemon): `unknot-ui menu --at` does.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <functional>
#include <memory>

#include <boost/asio/io_context.hpp>

#include "core/tray_model.hpp"
#include "platform/tray_item.hpp"

namespace unknot {

class XEmbedTray {
 public:
  struct Events {
    /// A tray (the `_NET_SYSTEM_TRAY_S<screen>` selection owner) appeared or left.
    std::function<void(bool present)> on_tray;
    /// A left click.
    std::function<void()> on_activate;
    /// A right or middle click: the menu, at the icon.
    std::function<void(const TrayRect& at)> on_menu;
  };

  /// Connects to `$DISPLAY` and watches for a tray; nullptr without an X
  /// display or without the RENDER extension.
  static std::unique_ptr<XEmbedTray> open(boost::asio::io_context& io, Events events);
  ~XEmbedTray();
  XEmbedTray(const XEmbedTray&) = delete;
  XEmbedTray& operator=(const XEmbedTray&) = delete;

  /// Whether a tray exists now.
  [[nodiscard]] bool tray_present() const;
  /// Docks the icon while a tray exists (again after the tray restarts), or
  /// takes it out of the tray.
  void set_wanted(bool wanted);
  /// True while the icon is in a tray.
  [[nodiscard]] bool docked() const;
  /// Shows `view` (redraws only when the icon changed).
  void show(const TrayView& view);

 private:
  struct Impl;
  explicit XEmbedTray(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace unknot
