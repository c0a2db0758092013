#pragma once
// GLib's default main context run inside a Boost.Asio io_context, so D-Bus
// (GIO) and the daemon's sockets and timers share one thread and one wait.
#include <memory>

namespace boost::asio {
class io_context;
}

namespace unknot {

/// Drives the default GMainContext from `io`: Asio waits on GLib's file
/// descriptors and its next timeout, then GLib checks and dispatches. When
/// GLib has nothing to do, nothing wakes up. Construct it on the thread that
/// runs `io` (it acquires the context for that thread); GLib callbacks then run
/// on that thread, between Asio handlers, and must not throw.
class GlibLoop {
 public:
  /// Starts iterating at the io_context's next turn. Throws std::runtime_error
  /// when another thread owns the default main context.
  explicit GlibLoop(boost::asio::io_context& io);
  /// Stops, so no Asio work references GLib afterwards.
  ~GlibLoop();
  GlibLoop(const GlibLoop&) = delete;
  GlibLoop& operator=(const GlibLoop&) = delete;

  /// Makes GLib look again at its sources. Needed after an Asio handler adds a
  /// GLib source itself (g_timeout_add, g_idle_add): GLib wakes its loop only
  /// for sources added from other threads (GDBus replies and signals are) or
  /// from its own callbacks, and this thread owns the context.
  void refresh();
  /// Stops iterating GLib and withdraws every wait, so `io.run()` can return;
  /// safe from inside a GLib callback. Idempotent.
  void stop();
  /// Whether GLib is still being driven.
  [[nodiscard]] bool running() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace unknot
