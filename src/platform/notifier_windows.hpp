#pragma once
// Break notifications on Windows as notification-area balloons, which
// Windows 10 and 11 show as toasts in the notification centre. Balloons
// carry no buttons: supports_actions() is false, so the prompt's
// no_actions_hint ("Snooze: unknotctl snooze") and the tray menu stand in,
// and a click on the balloon is the "default" action (the break window).
// The balloon itself is behind BalloonSurface: the tray icon's
// Shell_NotifyIconW in the daemon, a fake in tests (Wine draws no balloons).
#include <functional>
#include <memory>
#include <string>

#include "platform/notifier.hpp"

namespace unknot {

/// What happened to a balloon.
enum class BalloonEvent { clicked, timed_out, hidden };

/// A place that shows one balloon at a time (UTF-8 texts).
class BalloonSurface {
 public:
  virtual ~BalloonSurface();
  /// Whether balloons can be shown now (the icon is in the notification area).
  [[nodiscard]] virtual bool ready() const = 0;
  /// Shows a balloon in place of the current one. `warning`: a warning
  /// icon; `respect_quiet_time`: Windows holds it back during quiet hours
  /// and presentations. False when the shell refused it.
  virtual bool show_balloon(const std::string& title, const std::string& text, bool warning,
                            bool respect_quiet_time) = 0;
  /// Removes the current balloon.
  virtual void hide_balloon() = 0;
  /// Called with what the user or the shell did to the balloon.
  virtual void on_balloon_event(std::function<void(BalloonEvent)> callback) = 0;
};

/// Balloon titles hold 63 UTF-16 units, texts 255 (the shell's buffers).
inline constexpr std::size_t kBalloonTitleLimit = 63;
/// See kBalloonTitleLimit.
inline constexpr std::size_t kBalloonTextLimit = 255;

/// A Notifier showing balloons on `surface`, which must outlive it.
std::unique_ptr<Notifier> make_balloon_notifier(BalloonSurface& surface);

class WindowsTray;
/// The tray icon's balloons (Shell_NotifyIconW NIF_INFO), on its thread.
std::unique_ptr<BalloonSurface> make_tray_balloon_surface(WindowsTray& tray);

}  // namespace unknot
