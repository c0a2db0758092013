// The Wayland idle backends (ext-idle-notify-v1, KDE's org_kde_kwin_idle) against a small
// compositor speaking the real protocol over a real socket.
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "glib_pump.hpp"
#include "mini_wayland_compositor.hpp"
#include "platform/idle_source.hpp"
#include "platform/log.hpp"
#include "wayland_desk.hpp"

using namespace std::chrono_literals;
using unknot::test::MiniWaylandCompositor;
using unknot::test::wait_until;
using unknot::test::WaylandDesk;

namespace {

constexpr const char* kSocket = "wayland-unknot-test";

/// Collects warnings while alive.
struct Warnings {
  std::vector<std::string> lines;
  unknot::LogSink previous;
  Warnings() {
    previous = unknot::set_log_sink([this](unknot::LogLevel level, std::string_view message) {
      if (level == unknot::LogLevel::warning) lines.emplace_back(message);
    });
  }
  ~Warnings() { unknot::set_log_sink(std::move(previous)); }
  Warnings(const Warnings&) = delete;
  Warnings& operator=(const Warnings&) = delete;
};

unknot::Duration idle_or_zero(unknot::IdleSource& source) {
  return source.idle_time().value_or(unknot::Duration::zero());
}

}  // namespace

TEST_CASE("on Wayland the idle time is zero while typing, then counts from the last input",
          "[idle][wayland]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, true};
  std::string why;
  auto source = unknot::make_wayland_idle_source(nullptr, 300ms, why);
  REQUIRE(source != nullptr);
  CHECK(source->name() == "wayland");
  REQUIRE(wait_until([&] { return compositor.requested_timeout_ms() == 300; }));
  CHECK(source->idle_time() == 0ms);

  // The compositor says "idled" 300 ms after the last input: from then on the
  // idle time includes those 300 ms and keeps growing.
  REQUIRE(wait_until([&] { return compositor.idled_sent() == 1; }));
  REQUIRE(wait_until([&] { return idle_or_zero(*source) >= 300ms; }));
  const auto seen = idle_or_zero(*source);
  REQUIRE(wait_until([&] { return idle_or_zero(*source) >= seen + 200ms; }));

  compositor.input();
  REQUIRE(wait_until([&] { return source->idle_time() == 0ms; }));
}

TEST_CASE("the Wayland events are read by the GLib loop as they come, not only when polled",
          "[idle][wayland]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, true};
  std::string why;
  auto source = unknot::make_wayland_idle_source(nullptr, 200ms, why);
  REQUIRE(source != nullptr);
  REQUIRE(wait_until([&] { return compositor.idled_sent() == 1; }));
  // The daemon's loop reads the "idled" event on arrival; a poll much later
  // must count from then, not from the poll.
  REQUIRE(unknot::test::pump_until([&] { return compositor.idled_sent() == 1; }));
  unknot::test::pump_until([] { return false; }, 400ms);
  CHECK(idle_or_zero(*source) >= 550ms);
}

TEST_CASE("a Wayland session picks ext-idle-notify first, asking for a 5 s timeout",
          "[idle][wayland]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, true};
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "wayland");
  REQUIRE(wait_until([&] { return compositor.requested_timeout_ms() != 0; }));
  CHECK(compositor.requested_timeout_ms() == 5000);
}

TEST_CASE("a compositor without ext_idle_notifier_v1 is passed over, and the warning says why",
          "[idle][wayland]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, false};
  Warnings warnings;
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "none");
  REQUIRE(warnings.lines.size() == 1);
  CHECK_THAT(warnings.lines[0], Catch::Contains("ext_idle_notifier_v1"));
  CHECK_THAT(warnings.lines[0], Catch::Contains("org_kde_kwin_idle"));
}

TEST_CASE("an older KWin (org_kde_kwin_idle only) is used as the Wayland fallback",
          "[idle][wayland][kwin]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, false, true};
  auto source = unknot::make_idle_source();
  CHECK(source->name() == "kwin-idle");
  REQUIRE(wait_until([&] { return compositor.requested_timeout_ms() != 0; }));
  CHECK(compositor.requested_timeout_ms() == 5000);
}

TEST_CASE("with org_kde_kwin_idle the idle time counts from the last input, and input resets it",
          "[idle][wayland][kwin]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, false, true};
  std::string why;
  auto source = unknot::make_kwin_idle_source(nullptr, 300ms, why);
  REQUIRE(source != nullptr);
  REQUIRE(wait_until([&] { return compositor.requested_timeout_ms() == 300; }));
  CHECK(source->idle_time() == 0ms);

  REQUIRE(wait_until([&] { return compositor.idled_sent() == 1; }));
  REQUIRE(wait_until([&] { return idle_or_zero(*source) >= 300ms; }));
  const auto seen = idle_or_zero(*source);
  REQUIRE(wait_until([&] { return idle_or_zero(*source) >= seen + 200ms; }));

  compositor.input();
  REQUIRE(wait_until([&] { return source->idle_time() == 0ms; }));
  // The timeout is re-armed by the compositor: idle again after another 300 ms.
  REQUIRE(wait_until([&] { return compositor.idled_sent() == 2; }));
  REQUIRE(wait_until([&] { return idle_or_zero(*source) >= 300ms; }));
}

TEST_CASE("a compositor offering both protocols is read through ext-idle-notify, unless forced",
          "[idle][wayland][kwin]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, true, true};
  CHECK(unknot::make_idle_source()->name() == "wayland");
  ::setenv("UNKNOT_IDLE_SOURCE", "kwin-idle", 1);
  auto forced = unknot::make_idle_source();
  ::unsetenv("UNKNOT_IDLE_SOURCE");
  CHECK(forced->name() == "kwin-idle");
}

TEST_CASE("a compositor without org_kde_kwin_idle: the kwin source is refused, saying why",
          "[idle][wayland][kwin]") {
  WaylandDesk desk{kSocket};
  MiniWaylandCompositor compositor{kSocket, true};
  std::string why;
  CHECK(unknot::make_kwin_idle_source(nullptr, 5s, why) == nullptr);
  CHECK_THAT(why, Catch::Contains("org_kde_kwin_idle"));
}

TEST_CASE("when the compositor goes away the idle time is unknown, with one warning",
          "[idle][wayland]") {
  WaylandDesk desk{kSocket};
  auto compositor = std::make_unique<MiniWaylandCompositor>(kSocket, true);
  std::string why;
  auto source = unknot::make_wayland_idle_source(nullptr, 5s, why);
  REQUIRE(source != nullptr);
  Warnings warnings;
  compositor.reset();
  REQUIRE(wait_until([&] { return !source->idle_time().has_value(); }));
  CHECK_FALSE(source->idle_time().has_value());
  CHECK(warnings.lines.size() == 1);
}

TEST_CASE("no Wayland compositor behind WAYLAND_DISPLAY: the source is refused",
          "[idle][wayland]") {
  WaylandDesk desk{kSocket};
  std::string why;
  CHECK(unknot::make_wayland_idle_source(nullptr, 5s, why) == nullptr);
  CHECK_THAT(why, Catch::Contains("connect"));
}
