#include "platform/idle_source.hpp"

#include <cstdlib>

#include "platform/log.hpp"

namespace unknot {

IdleSource::~IdleSource() = default;

std::unique_ptr<IdleSource> make_idle_source() {
  const char* display = std::getenv("DISPLAY");
  if (display != nullptr && display[0] != '\0') {
    if (auto x11 = make_x11_idle_source(display)) return x11;
    log_warn(std::string{"cannot read idle time from X display "} + display +
             " (no MIT-SCREEN-SAVER?): treating the user as always active");
  } else {
    log_warn("no DISPLAY: cannot read idle time, treating the user as always active");
  }
  return make_none_idle_source();
}

}  // namespace unknot
