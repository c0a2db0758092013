#pragma once
// What each `unknot-ui` mode opens. Each function is called on the UI thread
// once the daemon has answered; it returns false when nothing could be shown
// (then the process exits 1). Each window owns its own files:
//   break_window*.cpp, settings_dialog*.cpp, stats_window*.cpp,
//   status_popover*.cpp, about_box.cpp, tray_icon*.cpp.
#include <optional>

#include "core/break_kind.hpp"

namespace unknot {

class DaemonLink;

/// The break window for the break that is due or running (or `kind`, started
/// now when none is): a small panel for a micro break, a guided routine for a
/// rest break.
bool open_break_window(DaemonLink& link, std::optional<BreakKind> kind);
/// The settings dialog.
bool open_settings_dialog(DaemonLink& link);
/// The statistics window.
bool open_stats_window(DaemonLink& link);
/// The small status popover shown when the tray is clicked and no break is due.
bool open_status_popover(DaemonLink& link);
/// The about box.
bool open_about_box(DaemonLink& link);
/// The fallback tray icon (`--tray`): stays until the daemon goes away.
bool start_tray_icon(DaemonLink& link);

}  // namespace unknot
