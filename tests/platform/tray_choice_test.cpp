// Who shows the icon: the StatusNotifierItem, the daemon's XEmbed icon, the wx
// fallback or nothing, as panels come and go.
#include "platform/tray_choice.hpp"

#include <catch2/catch.hpp>

using unknot::choose_tray;
using unknot::TrayChoice;
using unknot::TraySituation;

TEST_CASE("a StatusNotifierItem host wins over an X11 tray", "[tray]") {
  CHECK(choose_tray({.sni_host = true, .x_tray = true, .x_display = true}) ==
        TrayChoice::status_notifier);
  CHECK(choose_tray({.sni_host = true, .x_display = false, .waiting = true}) ==
        TrayChoice::status_notifier);
}

TEST_CASE("no dock into the X11 tray before the bus has said whether a host exists", "[tray]") {
  // Else panels with both (xfce4-panel, Plasma on X11) would flash a second icon.
  CHECK(choose_tray({.sni_host = std::nullopt, .x_tray = true, .x_display = true}) ==
        TrayChoice::undecided);
}

TEST_CASE("without a host, the daemon docks its own icon in an X11 tray", "[tray]") {
  CHECK(choose_tray({.sni_host = false, .x_tray = true, .x_display = true}) == TrayChoice::xembed);
  CHECK(choose_tray({.sni_host = false, .x_tray = true, .x_display = true, .waiting = true}) ==
        TrayChoice::xembed);
}

TEST_CASE("the wx fallback only once no tray appeared within the grace", "[tray]") {
  CHECK(choose_tray({.sni_host = false, .x_tray = false, .x_display = true, .waiting = true}) ==
        TrayChoice::undecided);
  CHECK(choose_tray({.sni_host = false, .x_tray = false, .x_display = true}) ==
        TrayChoice::fallback);
}

TEST_CASE("never the X11 fallback on a Wayland-only session", "[tray]") {
  CHECK(choose_tray({.sni_host = false, .x_tray = false, .x_display = false}) == TrayChoice::none);
  CHECK(choose_tray({.sni_host = false, .x_tray = false, .x_display = false, .waiting = true}) ==
        TrayChoice::none);
}

TEST_CASE("no wx fallback on Wayland even where Xwayland gives an X display", "[tray]") {
  // sway with Xwayland: the host went away (waybar restarting) and no X tray
  // exists; the fallback would be a GTK status icon docking nowhere.
  CHECK(choose_tray({.sni_host = false, .x_tray = false, .x_display = true, .wayland = true}) ==
        TrayChoice::none);
  // An X tray running under Xwayland still takes the daemon's own icon.
  CHECK(choose_tray({.sni_host = false, .x_tray = true, .x_display = true, .wayland = true}) ==
        TrayChoice::xembed);
  CHECK(choose_tray({.sni_host = true, .x_display = true, .wayland = true}) ==
        TrayChoice::status_notifier);
}
