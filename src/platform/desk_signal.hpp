#pragma once
// Facts about the desk that hold or suspend breaks without the user asking:
// a meeting (camera in use, notifications paused, a fullscreen window), a
// locked screen, a machine going to sleep. One backend per file; each watches
// on GLib's default main context and reports edges only, through DeskEvents.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/settings.hpp"

namespace unknot {

/// Where desk signals report; an empty function ignores that kind of fact.
struct DeskEvents {
  /// A meeting source ("camera", "dnd", "fullscreen", "microphone",
  /// "calendar") became active or not.
  std::function<void(const std::string& source, bool active)> meeting;
  /// The screen was locked (true) or unlocked (false).
  std::function<void(bool locked)> locked;
  /// The machine is about to sleep.
  std::function<void()> suspending;
  /// The machine woke up again.
  std::function<void()> resumed;
};

/// One watched fact. A missing bus, server or display is logged once and the
/// signal stays silent: it never throws and never stops the daemon.
class DeskSignal {
 public:
  // Inline, with no key function: the dlopen'd modules (src/platform/modules)
  // implement signals too and must not need a symbol from the daemon.
  virtual ~DeskSignal() = default;
  /// The short name used in logs ("camera", "dnd", "fullscreen", "session").
  [[nodiscard]] virtual std::string_view name() const = 0;
  /// Begins watching; a state already active is reported at once or as soon
  /// as it is known. Idempotent.
  virtual void start() = 0;
  /// Stops watching; an active meeting or lock it reported is reported ended,
  /// so a disabled source releases its hold. Idempotent. The destructor stops
  /// without reporting.
  virtual void stop() = 0;
};

/// How the camera signal looks for a camera in use.
struct CameraOptions {
  /// Which device files count as cameras (glob(3) pattern).
  std::string device_glob = "/dev/video*";
  /// How often the user's processes are scanned: a camera opened for a call
  /// stays open for minutes, so a few seconds of delay costs nothing.
  /// 10 s keeps the idle daemon near 0.1 wakeups/s from this scan.
  std::chrono::seconds interval{10};
  /// While no device matches at all (a desktop without a webcam), only look
  /// for one appearing this often: no /proc scan, and few wakeups.
  std::chrono::seconds no_device_interval{60};
};

/// How the microphone signal reaches the sound server.
struct MicrophoneOptions {
  /// The PulseAudio server (as in $PULSE_SERVER); empty: libpulse's default,
  /// which also finds PipeWire's pipewire-pulse.
  std::string server;
  /// A server absent or gone is tried again after this long once...
  std::chrono::seconds first_retry{30};
  /// ...and then only this often, so a desktop without sound costs nothing.
  std::chrono::seconds later_retry{300};
};

/// How the calendar signal reads its file.
struct CalendarOptions {
  /// The .ics file ([meetings] calendar).
  std::string path;
  /// The current wall time; empty: the system clock. Tests pass their own.
  std::function<WallTime()> now;
};

/// Which fullscreen windows count, by WM_CLASS ([meetings] fullscreen_classes
/// and fullscreen_ignore).
struct FullscreenFilter {
  /// When not empty, only windows of these names count.
  std::vector<std::string> only;
  /// Windows of these names never count, even when `only` lists them.
  std::vector<std::string> ignore;
};

/// Whether a fullscreen window whose WM_CLASS is `instance`, `class_name`
/// counts: a name matches either part, ignoring ASCII case.
[[nodiscard]] bool fullscreen_window_counts(const FullscreenFilter& filter,
                                            std::string_view instance, std::string_view class_name);

/// "camera": a device matching the glob held open by any process of ours.
std::unique_ptr<DeskSignal> make_camera_signal(DeskEvents events, CameraOptions options = {});
/// How the dnd signal follows what it cannot be told.
struct DndOptions {
  /// How often a mako older than 1.10 (no Modes property to follow) is asked
  /// for its modes: turning on do-not-disturb before a call is seen this soon.
  std::chrono::milliseconds mako_poll{30000};
};
/// "dnd": dunst's `paused` or KDE's `Inhibited` on the notification server,
/// mako in its "do-not-disturb" mode, or GNOME's `show-banners` switched off
/// (when its schema is installed).
std::unique_ptr<DeskSignal> make_dnd_signal(DeskEvents events, DndOptions options = {});
/// "fullscreen": the active X11 window is fullscreen (`display` empty: $DISPLAY).
std::unique_ptr<DeskSignal> make_fullscreen_signal(DeskEvents events, std::string display = {});
/// "fullscreen" on Wayland (`display` empty: $WAYLAND_DISPLAY): the focused
/// window is fullscreen, as wlr-foreign-toplevel-management tells (wlroots
/// compositors); elsewhere (GNOME, KDE) it logs once that it cannot know.
std::unique_ptr<DeskSignal> make_wayland_fullscreen_signal(DeskEvents events, std::string display,
                                                           FullscreenFilter filter);
/// "fullscreen", counting only the windows `filter` lets through.
std::unique_ptr<DeskSignal> make_fullscreen_signal(DeskEvents events, std::string display,
                                                   FullscreenFilter filter);
/// "microphone": an uncorked recording stream from a real (non-monitor)
/// source, followed through libpulse's subscription on GLib's main loop.
std::unique_ptr<DeskSignal> make_microphone_signal(DeskEvents events,
                                                   MicrophoneOptions options = {});
/// "calendar": a busy event of a local .ics file is under way.
std::unique_ptr<DeskSignal> make_calendar_signal(DeskEvents events, CalendarOptions options);
/// "session": logind's PrepareForSleep and LockedHint (system bus) and the
/// screensaver's ActiveChanged (session bus).
std::unique_ptr<DeskSignal> make_session_signal(DeskEvents events);

/// The signals `meetings` enables, plus the session signal; not yet started.
std::vector<std::unique_ptr<DeskSignal>> make_desk_signals(const MeetingSettings& meetings,
                                                           const DeskEvents& events);

}  // namespace unknot
