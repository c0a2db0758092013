#pragma once
// The windows of unknot-ui as the daemon sees them: processes it starts and
// ends by role. UiLauncher (ui_launcher.hpp) is the real one; the daemon's
// tests use a fake (tests/support/fake_ui_windows.hpp).
#include <string>
#include <vector>

namespace unknot {

/// Which unknot-ui window a process shows.
enum class UiRole { break_window, settings, stats, status, tray, menu };

class UiWindows {
 public:
  virtual ~UiWindows() = default;
  /// Shows the window for `role` (`args` for unknot-ui), unless one is up.
  virtual void open(UiRole role, const std::vector<std::string>& args) = 0;
  /// Ends the window for `role`, if one is up.
  virtual void close(UiRole role) = 0;
  /// close() for every role (daemon shutdown).
  virtual void close_all() = 0;
  /// True while the window for `role` is up.
  [[nodiscard]] virtual bool running(UiRole role) const = 0;
};

}  // namespace unknot
