#include "platform/idle_source.hpp"

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <vector>

#include "platform/log.hpp"

namespace unknot {

namespace {

using namespace std::chrono_literals;

/// How long without input before the Wayland compositor says "idle". Well
/// under the smallest sensible idle threshold (15 s by default), since until
/// then a last input can read this late; not so short that every pause while
/// reading wakes the daemon twice.
constexpr Duration kWaylandIdleTimeout = 5s;

/// The value of an environment variable, or empty.
std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

/// Whether a session bus can be reached without GLib autolaunching one
/// through X11 (it would, with DBUS_SESSION_BUS_ADDRESS unset and no
/// $XDG_RUNTIME_DIR/bus).
bool session_bus_configured() {
  if (!env("DBUS_SESSION_BUS_ADDRESS").empty()) return true;
  const std::string runtime = env("XDG_RUNTIME_DIR");
  std::error_code ignored;
  return !runtime.empty() && std::filesystem::exists(runtime + "/bus", ignored);
}

/// A Wayland backend (`make`: ext-idle-notify or kwin-idle) if there is a compositor.
std::unique_ptr<IdleSource> try_wayland(decltype(&make_wayland_idle_source) make,
                                        std::string& why) {
  if (env("WAYLAND_DISPLAY").empty()) {
    why = "no WAYLAND_DISPLAY";
    return nullptr;
  }
  return make(nullptr, kWaylandIdleTimeout, why);
}

std::unique_ptr<IdleSource> try_bus(std::unique_ptr<IdleSource> (*make)(std::string&),
                                    std::string& why) {
  if (!session_bus_configured()) {
    why = "no session bus";
    return nullptr;
  }
  return make(why);
}

/// Mutter with its default watch interval (make_mutter_idle_source is overloaded).
std::unique_ptr<IdleSource> make_mutter_watches(std::string& why) {
  return make_mutter_idle_source(why);
}

std::unique_ptr<IdleSource> try_x11(std::string& why) {
  const std::string display = env("DISPLAY");
  if (display.empty()) {
    why = "no DISPLAY";
    return nullptr;
  }
  auto x11 = make_x11_idle_source(display.c_str());
  if (!x11) why = "cannot read X display " + display + " (no MIT-SCREEN-SAVER?)";
  // XWayland only sees input that goes to X11 windows: better than nothing.
  if (x11 && !env("WAYLAND_DISPLAY").empty())
    log_warn("idle time from XWayland: input to Wayland windows goes unseen");
  return x11;
}

/// One candidate backend, by the name $UNKNOT_IDLE_SOURCE and status use.
struct Candidate {
  const char* name;
  std::function<std::unique_ptr<IdleSource>(std::string&)> make;
};

/// In the order of preference (see make_idle_source()).
std::vector<Candidate> candidates() {
  std::vector<Candidate> all;
  // Each OS's own query, where there is one, before anything else.
  if (const auto os = os_idle_backend()) all.push_back({os->name, os->make});
  all.push_back(
      {"wayland", [](std::string& why) { return try_wayland(make_wayland_idle_source, why); }});
  // KDE's older protocol, for compositors without ext-idle-notify.
  all.push_back(
      {"kwin-idle", [](std::string& why) { return try_wayland(make_kwin_idle_source, why); }});
  all.push_back({"mutter", [](std::string& why) { return try_bus(make_mutter_watches, why); }});
  const Candidate screensaver{
      "screensaver", [](std::string& why) { return try_bus(make_screensaver_idle_source, why); }};
  // In an X11 session the X server is exact and tens of times cheaper to ask; and
  // the gnome-screensaver family answers GetSessionIdleTime with 0 until its
  // own idle timeout. The ScreenSaver goes first only where X11 would be
  // XWayland (or absent).
  const bool x11_session = !env("DISPLAY").empty() && env("WAYLAND_DISPLAY").empty();
  if (!x11_session) all.push_back(screensaver);
  all.push_back({"x11", try_x11});
  if (x11_session) all.push_back(screensaver);
  all.push_back({"none", [](std::string&) { return make_none_idle_source(); }});
  return all;
}

std::unique_ptr<IdleSource> chosen(std::unique_ptr<IdleSource> source) {
  log_debug("idle time from " + std::string(source->name()));
  return source;
}

/// The backend $UNKNOT_IDLE_SOURCE names; none (with a warning) if it fails.
std::unique_ptr<IdleSource> forced(const std::string& wanted) {
  for (const Candidate& candidate : candidates()) {
    if (wanted != candidate.name) continue;
    std::string why;
    if (auto source = candidate.make(why)) return chosen(std::move(source));
    log_warn("UNKNOT_IDLE_SOURCE=" + wanted + " does not work here (" + why +
             "): treating the user as always active");
    return make_none_idle_source();
  }
  log_warn(
      "UNKNOT_IDLE_SOURCE=" + wanted +
      " is not one of wayland, kwin-idle, mutter, screensaver, x11, none: choosing automatically");
  return nullptr;
}

}  // namespace

std::unique_ptr<IdleSource> make_idle_source() {
  if (const std::string wanted = env("UNKNOT_IDLE_SOURCE"); !wanted.empty()) {
    if (auto source = forced(wanted)) return source;
  }
  std::string tried;
  for (const Candidate& candidate : candidates()) {
    if (std::string_view{candidate.name} == "none") break;
    std::string why;
    if (auto source = candidate.make(why)) return chosen(std::move(source));
    log_debug(std::string{"idle source "} + candidate.name + " unavailable: " + why);
    tried += (tried.empty() ? "" : "; ") + std::string{candidate.name} + ": " + why;
  }
  log_warn("cannot read idle time (" + tried + "): treating the user as always active");
  return make_none_idle_source();
}

}  // namespace unknot
