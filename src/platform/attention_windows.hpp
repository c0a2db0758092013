#pragma once
// Whether Windows asks apps not to interrupt the user now: Focus Assist
// (Windows 10 1803+ / 11 "Do not disturb"), quiet hours and presentation
// mode as do-not-disturb ("dnd"); a fullscreen program or game as
// "fullscreen". Windows announces none of these, so the signals read them
// every few seconds on a timer of the MessageWindow.
#include <chrono>
#include <memory>

#include "platform/desk_signal.hpp"
#include "platform/message_window_windows.hpp"

namespace unknot {

/// One reading of what Windows says about interruptions.
struct AttentionState {
  /// Focus Assist: 0 off, 1 priority only, 2 alarms only.
  int focus_assist = 0;
  bool quiet_time = false;    ///< SHQueryUserNotificationState: QUNS_QUIET_TIME
  bool presentation = false;  ///< QUNS_PRESENTATION_MODE
  bool fullscreen = false;    ///< QUNS_BUSY or QUNS_RUNNING_D3D_FULL_SCREEN
  friend bool operator==(const AttentionState&, const AttentionState&) = default;
};

/// Where the state is read (the real one below; a fake in tests).
class AttentionSource {
 public:
  virtual ~AttentionSource();
  /// The state now.
  virtual AttentionState read() = 0;
};

/// Focus Assist from the shell's notification state (WNF, through ntdll;
/// undocumented, absent under Wine: then 0), the rest from
/// SHQueryUserNotificationState.
std::unique_ptr<AttentionSource> make_windows_attention_source();

/// "dnd" (Focus Assist on, quiet hours, presentation) or, with
/// `fullscreen_kind`, "fullscreen", from `source` every `interval` on
/// `window`'s timer. `window` must outlive the signal.
std::unique_ptr<DeskSignal> make_windows_attention_signal(
    DeskEvents events, MessageWindow& window, std::unique_ptr<AttentionSource> source,
    bool fullscreen_kind, std::chrono::milliseconds interval = std::chrono::seconds{10});

}  // namespace unknot
