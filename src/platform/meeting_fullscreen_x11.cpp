// "fullscreen": the active window covers the screen (a presentation, a
// shared video). Event driven: the window manager announces the active window
// on the root and the fullscreen state on the window itself, so we listen to
// PropertyNotify on both through an X connection whose socket GLib watches.
// Which windows count is the user's choice by WM_CLASS (FullscreenFilter).
#include <cstdlib>
#include <string>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <glib-unix.h>
#include <glib.h>

#include "platform/desk_signal.hpp"
#include "platform/log.hpp"

namespace unknot {
namespace {

/// The active window can be destroyed between our learning of it and our
/// asking about it; that BadWindow is expected. Other errors go to the
/// handler that was there before (Xlib's default exits the process).
XErrorHandler previous_handler = nullptr;

int tolerate_vanished_windows(Display* display, XErrorEvent* error) {
  if (error->error_code == BadWindow) return 0;
  return previous_handler != nullptr ? previous_handler(display, error) : 0;
}

void install_error_handler() {
  static const bool installed = [] {
    previous_handler = XSetErrorHandler(&tolerate_vanished_windows);
    return true;
  }();
  (void)installed;
}

class FullscreenSignal final : public DeskSignal {
 public:
  FullscreenSignal(DeskEvents events, std::string display, FullscreenFilter filter)
      : events_(std::move(events)), display_name_(std::move(display)), filter_(std::move(filter)) {}
  ~FullscreenSignal() override { disconnect(); }

  [[nodiscard]] std::string_view name() const override { return "fullscreen"; }

  void start() override {
    // Once only: a missing bus or display is reported once, not at every call.
    if (started_) return;
    started_ = true;
    const char* name = display_name_.empty() ? std::getenv("DISPLAY") : display_name_.c_str();
    if (name == nullptr || name[0] == '\0') {
      log_info("fullscreen windows not followed: no X11 display");
      return;
    }
    install_error_handler();
    display_ = XOpenDisplay(name);
    if (display_ == nullptr) {
      log_warn(std::string{"fullscreen windows not followed: cannot open X display "} + name);
      return;
    }
    intern_atoms();
    root_ = DefaultRootWindow(display_);
    XSelectInput(display_, root_, PropertyChangeMask);
    fd_watch_ = g_unix_fd_add(ConnectionNumber(display_),
                              static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                              &FullscreenSignal::on_readable, this);
    follow_active_window();
    drain();
  }

  void stop() override {
    started_ = false;
    disconnect();
    report(false);
  }

 private:
  void intern_atoms() {
    active_atom_ = XInternAtom(display_, "_NET_ACTIVE_WINDOW", False);
    state_atom_ = XInternAtom(display_, "_NET_WM_STATE", False);
    fullscreen_atom_ = XInternAtom(display_, "_NET_WM_STATE_FULLSCREEN", False);
  }

  static gboolean on_readable(gint, GIOCondition condition, gpointer data) {
    auto* self = static_cast<FullscreenSignal*>(data);
    if ((condition & (G_IO_HUP | G_IO_ERR)) != 0) {
      log_warn("X display closed: fullscreen windows no longer followed");
      self->fd_watch_ = 0;  // removed by returning G_SOURCE_REMOVE
      self->disconnect();
      self->report(false);
      return G_SOURCE_REMOVE;
    }
    self->drain();
    return G_SOURCE_CONTINUE;
  }

  /// Handles every queued event. Our own round trips (property reads) can
  /// pull events into Xlib's queue without the socket staying readable, so
  /// the queue is emptied here, not only when GLib wakes us.
  void drain() {
    while (display_ != nullptr && XPending(display_) > 0) {
      XEvent event;
      XNextEvent(display_, &event);
      if (event.type != PropertyNotify) continue;
      const XPropertyEvent& property = event.xproperty;
      if (property.window == root_ && property.atom == active_atom_) {
        follow_active_window();
      } else if (property.window == active_ &&
                 (property.atom == state_atom_ || property.atom == XA_WM_CLASS)) {
        report(counts(active_));
      }
    }
  }

  void follow_active_window() {
    const Window active = read_active_window();
    if (active != active_) {
      // Stop hearing about the previous window's state changes (it may be gone).
      if (active_ != None) XSelectInput(display_, active_, NoEventMask);
      active_ = active;
      if (active_ != None) XSelectInput(display_, active_, PropertyChangeMask);
    }
    report(active_ != None && counts(active_));
  }

  /// Whether `window` is fullscreen and of a class the filter lets through.
  [[nodiscard]] bool counts(Window window) const {
    if (!is_fullscreen(window)) return false;
    if (filter_.only.empty() && filter_.ignore.empty()) return true;
    XClassHint hint{nullptr, nullptr};
    // No WM_CLASS at all: the empty names match no entry of either list.
    XGetClassHint(display_, window, &hint);
    const std::string instance = hint.res_name != nullptr ? hint.res_name : "";
    const std::string class_name = hint.res_class != nullptr ? hint.res_class : "";
    if (hint.res_name != nullptr) XFree(hint.res_name);
    if (hint.res_class != nullptr) XFree(hint.res_class);
    const bool result = fullscreen_window_counts(filter_, instance, class_name);
    if (!result)
      log_debug("fullscreen window " + instance + " (" + class_name +
                ") not counted: " + "[meetings] fullscreen_classes / fullscreen_ignore");
    return result;
  }

  [[nodiscard]] Window read_active_window() const {
    Window window = None;
    read_property(root_, active_atom_, XA_WINDOW, [&](unsigned char* data, unsigned long count) {
      if (count > 0) window = static_cast<Window>(reinterpret_cast<unsigned long*>(data)[0]);
    });
    return window;
  }

  [[nodiscard]] bool is_fullscreen(Window window) const {
    bool fullscreen = false;
    read_property(window, state_atom_, XA_ATOM, [&](unsigned char* data, unsigned long count) {
      const auto* atoms = reinterpret_cast<unsigned long*>(data);
      for (unsigned long i = 0; i < count; ++i) fullscreen |= atoms[i] == fullscreen_atom_;
    });
    return fullscreen;
  }

  /// Calls `use(data, count)` with a 32-bit-format property, if readable.
  template <typename Use>
  void read_property(Window window, Atom property, Atom type, Use use) const {
    Atom actual_type = None;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    const int status = XGetWindowProperty(display_, window, property, 0, 1024, False, type,
                                          &actual_type, &format, &count, &after, &data);
    if (status == Success && data != nullptr && actual_type == type && format == 32)
      use(data, count);
    if (data != nullptr) XFree(data);
  }

  void report(bool active) {
    if (active == active_fullscreen_) return;
    active_fullscreen_ = active;
    log_debug(active ? "fullscreen window: meeting" : "fullscreen window left");
    if (events_.meeting) events_.meeting("fullscreen", active);
  }

  void disconnect() {
    if (fd_watch_ != 0) g_source_remove(fd_watch_);
    fd_watch_ = 0;
    if (display_ != nullptr) XCloseDisplay(display_);
    display_ = nullptr;
    active_ = None;
  }

  DeskEvents events_;
  bool started_ = false;
  std::string display_name_;
  FullscreenFilter filter_;
  Display* display_ = nullptr;
  Window root_ = None;
  Window active_ = None;
  Atom active_atom_ = None;
  Atom state_atom_ = None;
  Atom fullscreen_atom_ = None;
  guint fd_watch_ = 0;
  bool active_fullscreen_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_fullscreen_signal(DeskEvents events, std::string display) {
  return make_fullscreen_signal(std::move(events), std::move(display), {});
}

std::unique_ptr<DeskSignal> make_fullscreen_signal(DeskEvents events, std::string display,
                                                   FullscreenFilter filter) {
  return std::make_unique<FullscreenSignal>(std::move(events), std::move(display),
                                            std::move(filter));
}

}  // namespace unknot
