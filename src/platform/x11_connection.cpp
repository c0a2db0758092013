#include "platform/x11_connection.hpp"

#include <string>

#include "platform/log.hpp"

namespace unknot {

namespace {

int log_x_error(Display* display, XErrorEvent* error) {
  char text[128] = {};
  XGetErrorText(display, error->error_code, text, sizeof text);
  log_debug(std::string{"X error ignored: "} + text + " (request " +
            std::to_string(error->request_code) + ")");
  return 0;
}

}  // namespace

std::unique_ptr<X11Connection> X11Connection::open(boost::asio::io_context& io) {
  Display* display = XOpenDisplay(nullptr);
  if (display == nullptr) return nullptr;
  // Xlib's default handler ends the process on any error, also on a BadWindow
  // for a tray that just quit.
  XSetErrorHandler(log_x_error);
  return std::unique_ptr<X11Connection>(new X11Connection(io, display));
}

X11Connection::X11Connection(boost::asio::io_context& io, Display* display)
    : display_(display), socket_(io, ConnectionNumber(display)) {
  wait();
}

X11Connection::~X11Connection() {
  *alive_ = false;
  boost::system::error_code ignored;
  socket_.cancel(ignored);
  socket_.release();  // XCloseDisplay closes the descriptor
  XCloseDisplay(display_);
}

void X11Connection::pump() {
  while (XPending(display_) > 0) {
    XEvent event;
    XNextEvent(display_, &event);
    if (handler_) handler_(event);
  }
  XFlush(display_);
}

void X11Connection::wait() {
  socket_.async_wait(boost::asio::posix::stream_descriptor::wait_read,
                     [this, alive = alive_](const boost::system::error_code& error) {
                       if (!*alive || error) return;
                       pump();
                       wait();
                     });
}

}  // namespace unknot
