// unknot-bench-idle: the cost of one IdleSource::idle_time() call for each
// backend, against the real parts this machine has (Xvfb for x11) and the
// test stand-ins (a GDBus service for mutter and screensaver, the small
// libwayland-server compositor for wayland and kwin-idle). Wall and CPU time per call, over
// 2000 calls after 50 to warm up. The daemon polls at most every 2 s, so the
// budget is generous: under 1 ms CPU per call (wall time swings with the
// machine's load: a D-Bus round trip waits for three schedulings). Exit 1
// when over it.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include <sys/resource.h>

#include "platform/idle_fake_bus_service.hpp"
#include "platform/idle_source.hpp"
#include "platform/mini_wayland_compositor.hpp"
#include "support/desktop_session.hpp"

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kWarmUp = 50;
constexpr int kCalls = 2000;
constexpr double kBudgetUs = 1000.0;

double cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Times `source`; prints one line; whether it is within the budget.
bool measure(const char* label, unknot::IdleSource* source) {
  if (source == nullptr) {
    std::printf("%-12s unavailable\n", label);
    return false;
  }
  for (int i = 0; i < kWarmUp; ++i) (void)source->idle_time();
  int unknown = 0;
  const double cpu0 = cpu_seconds();
  const auto start = Clock::now();
  for (int i = 0; i < kCalls; ++i) unknown += source->idle_time().has_value() ? 0 : 1;
  const double wall_us =
      std::chrono::duration<double, std::micro>(Clock::now() - start).count() / kCalls;
  // CPU of the whole process: for the D-Bus stand-ins it includes their
  // service thread, which a real desktop pays in gnome-shell or kwin instead.
  const double cpu_us = (cpu_seconds() - cpu0) * 1e6 / kCalls;
  std::printf("%-12s %8.1f us wall  %8.1f us cpu (this process)  %d unknown\n",
              std::string(source->name()).c_str(), wall_us, cpu_us, unknown);
  return cpu_us <= kBudgetUs && unknown == 0;
}

bool bench_bus() {
  unknot::test::DesktopSession desktop{{.x11 = false, .dbus = true}};
  std::string why;
  // Mutter answers from its watches: no round trip per call.
  unknot::test::FakeMutterIdleMonitor mutter;
  bool ok = measure("mutter", unknot::make_mutter_idle_source(why).get());
  unknot::test::FakeIdleService screensaver{
      "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
      "GetSessionIdleTime", "u"};
  ok = measure("screensaver", unknot::make_screensaver_idle_source(why).get()) && ok;
  return ok;
}

bool bench_wayland() {
  unknot::test::DesktopSession desktop{{.x11 = false, .dbus = false}};
  const auto runtime = desktop.dir() / "runtime";
  std::filesystem::create_directories(runtime);
  ::setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
  unknot::test::MiniWaylandCompositor compositor{"wayland-unknot-bench", true, true};
  std::string why;
  const bool ok =
      measure("wayland", unknot::make_wayland_idle_source("wayland-unknot-bench", 5s, why).get());
  return measure("kwin-idle",
                 unknot::make_kwin_idle_source("wayland-unknot-bench", 5s, why).get()) &&
         ok;
}

}  // namespace

int main() {
  bool ok = true;
  {
    unknot::test::DesktopSession desktop{{.x11 = true, .dbus = false}};
    ok = measure("x11", unknot::make_x11_idle_source().get()) && ok;
  }
  ok = bench_bus() && ok;
  ok = bench_wayland() && ok;
  ok = measure("none", unknot::make_none_idle_source().get()) && ok;
  std::printf("budget: %.0f us CPU per call: %s\n", kBudgetUs, ok ? "met" : "MISSED");
  return ok ? 0 : 1;
}
