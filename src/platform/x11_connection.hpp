#pragma once
// One connection to the X server, read inside the daemon's Boost.Asio loop:
// Asio waits on the connection's file descriptor, so nothing polls and nothing
// wakes while the server is quiet. Events go to one handler.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <functional>
#include <memory>

#include <X11/Xlib.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>

namespace unknot {

class X11Connection {
 public:
  /// Opens the display `$DISPLAY` names; nullptr when there is none (Wayland
  /// only, no X server). X protocol errors are logged, never fatal: a window
  /// of another client can vanish between two of our requests.
  static std::unique_ptr<X11Connection> open(boost::asio::io_context& io);
  ~X11Connection();
  X11Connection(const X11Connection&) = delete;
  X11Connection& operator=(const X11Connection&) = delete;

  [[nodiscard]] Display* display() const { return display_; }
  /// Who gets each event; set before the first pump().
  void on_event(std::function<void(XEvent& event)> handler) { handler_ = std::move(handler); }
  /// Hands every queued event to the handler and sends what we asked for.
  /// Call after making requests: a round trip may queue events without the
  /// socket ever becoming readable again.
  void pump();

 private:
  X11Connection(boost::asio::io_context& io, Display* display);
  void wait();

  Display* display_;
  boost::asio::posix::stream_descriptor socket_;
  std::function<void(XEvent& event)> handler_;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace unknot
