#pragma once
// How long the user has not touched keyboard or mouse: the fact behind
// "active" and "idle", and behind natural breaks.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace unknot {

/// One way of measuring time since the last user input (one backend per file).
class IdleSource {
 public:
  virtual ~IdleSource();
  /// The backend's short name, shown in `unknotctl status` ("x11", "none").
  [[nodiscard]] virtual std::string_view name() const = 0;
  /// Time since the last user input; nullopt when it cannot be measured now.
  virtual std::optional<Duration> idle_time() = 0;
};

/// The best backend for this session, picked at run time: X11 when DISPLAY is
/// set and the server has MIT-SCREEN-SAVER, else "none" with a warning logged.
std::unique_ptr<IdleSource> make_idle_source();

/// The X11 backend on `display` (nullptr: $DISPLAY); nullptr when the display
/// cannot be opened or lacks the MIT-SCREEN-SAVER extension.
std::unique_ptr<IdleSource> make_x11_idle_source(const char* display = nullptr);

/// The fallback that cannot see input: always 0 idle, so the user counts as
/// active and breaks still come (only natural breaks go unnoticed).
std::unique_ptr<IdleSource> make_none_idle_source();

}  // namespace unknot
