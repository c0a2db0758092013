#pragma once
// What each `unknot-ui` mode opens. Each function is called on the UI thread
// and returns at once: a window that needs the daemon's figures first asks
// for them and is built in the continuation, on the UI thread again (the
// loop never waits for the daemon). `opened` hears whether anything could be
// shown; at start-up a false makes the process exit 1. Each window owns its
// own files:
//   break_window*.cpp, settings_dialog*.cpp, stats_window*.cpp,
//   status_popover*.cpp, about_box.cpp, tray_icon*.cpp.
#include <functional>
#include <optional>

#include "core/break_kind.hpp"

namespace unknot {

class DaemonLink;

/// Told once whether the window is on screen (true) or could not be shown.
using Opened = std::function<void(bool shown)>;

/// The break window for the break that is due or running (or `kind`, started
/// now when none is): a small panel for a micro break, a guided routine for a
/// rest break.
void open_break_window(DaemonLink& link, std::optional<BreakKind> kind, Opened opened = {});
/// The settings dialog.
void open_settings_dialog(DaemonLink& link, Opened opened = {});
/// The statistics window.
void open_stats_window(DaemonLink& link, Opened opened = {});
/// The small status popover shown when the tray is clicked and no break is due.
bool open_status_popover(DaemonLink& link);
/// The about box.
bool open_about_box(DaemonLink& link);
/// The tray menu, popped under the icon at x, y (width x height, root
/// coordinates); the process leaves once it closed (`menu --at`).
bool open_tray_menu(DaemonLink& link, int x, int y, int width, int height);
/// The fallback tray icon (`--tray`): stays until the daemon goes away.
bool start_tray_icon(DaemonLink& link);

}  // namespace unknot
