#include "platform/xembed_tray.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <string>

#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xrender.h>

#include "platform/log.hpp"
#include "platform/tray_pixmap.hpp"
#include "platform/x11_connection.hpp"
#include "platform/x11_tooltip.hpp"

namespace unknot {

namespace {

constexpr long kRequestDock = 0;     // SYSTEM_TRAY_REQUEST_DOCK
constexpr long kXEmbedMapped = 1;    // XEMBED_MAPPED in _XEMBED_INFO's flags
constexpr unsigned kStartSize = 22;  // until the tray tells us its icon size

Atom atom(Display* display, const std::string& name) {
  return XInternAtom(display, name.c_str(), False);
}

}  // namespace

struct XEmbedTray::Impl {
  std::unique_ptr<X11Connection> x;
  Events events;
  Display* display = nullptr;
  Window root = 0;
  Atom selection = 0, opcode = 0, manager = 0, xembed_info = 0;
  Window owner = 0;  ///< the tray's selection owner, 0 while there is none
  Window icon = 0;   ///< our window, 0 while not docked
  Picture icon_picture = 0;
  bool wanted = false;
  unsigned width = kStartSize, height = kStartSize;
  TrayView view;
  bool have_view = false;
  std::unique_ptr<X11Tooltip> tooltip;

  void find_owner();
  void dock();
  void undock();
  void draw() const;
  void on_event(XEvent& event);
  void on_click(const XButtonEvent& press) const;
  [[nodiscard]] TrayRect icon_rect() const;
  [[nodiscard]] std::string tooltip_text() const;
};

TrayRect XEmbedTray::Impl::icon_rect() const {
  TrayRect at;
  Window child = 0;
  XTranslateCoordinates(display, icon, root, 0, 0, &at.x, &at.y, &child);
  at.width = static_cast<int>(width);
  at.height = static_cast<int>(height);
  return at;
}

/// The StatusNotifierItem's tooltip: its title, then its text.
std::string XEmbedTray::Impl::tooltip_text() const {
  return view.tooltip.empty() ? view.title : view.title + "\n" + view.tooltip;
}

void XEmbedTray::Impl::find_owner() {
  XGrabServer(display);  // the owner must not vanish between the two requests
  owner = XGetSelectionOwner(display, selection);
  if (owner != 0) XSelectInput(display, owner, StructureNotifyMask);
  XUngrabServer(display);
  XFlush(display);
}

void XEmbedTray::Impl::dock() {
  if (icon != 0 || owner == 0 || !wanted) return;
  XSetWindowAttributes attributes{};
  attributes.background_pixmap = ParentRelative;  // the panel shows through
  attributes.event_mask =
      ExposureMask | StructureNotifyMask | ButtonPressMask | EnterWindowMask | LeaveWindowMask;
  icon = XCreateWindow(display, root, 0, 0, width, height, 0, CopyFromParent, InputOutput,
                       CopyFromParent, CWBackPixmap | CWEventMask, &attributes);
  XStoreName(display, icon, "Unknot");
  XClassHint class_hint{const_cast<char*>("unknot"), const_cast<char*>("Unknot")};
  XSetClassHint(display, icon, &class_hint);
  XSizeHints size_hints{};
  size_hints.flags = PMinSize;
  size_hints.min_width = size_hints.min_height = 16;
  XSetWMNormalHints(display, icon, &size_hints);
  const long info[2] = {0, kXEmbedMapped};  // XEmbed version 0
  XChangeProperty(display, icon, xembed_info, xembed_info, 32, PropModeReplace,
                  reinterpret_cast<const unsigned char*>(info), 2);
  XRenderPictFormat* format =
      XRenderFindVisualFormat(display, DefaultVisual(display, DefaultScreen(display)));
  icon_picture = XRenderCreatePicture(display, icon, format, 0, nullptr);

  XEvent request{};
  request.xclient.type = ClientMessage;
  request.xclient.window = owner;
  request.xclient.message_type = opcode;
  request.xclient.format = 32;
  request.xclient.data.l[0] = CurrentTime;
  request.xclient.data.l[1] = kRequestDock;
  request.xclient.data.l[2] = static_cast<long>(icon);
  XSendEvent(display, owner, False, NoEventMask, &request);
  XFlush(display);
  char id[24];
  std::snprintf(id, sizeof id, "0x%lx", icon);
  log_info(std::string{"tray: docking into the X11 system tray (window "} + id + ")");
}

void XEmbedTray::Impl::undock() {
  if (icon == 0) return;
  tooltip->hide();
  XRenderFreePicture(display, icon_picture);
  XDestroyWindow(display, icon);
  XFlush(display);
  icon = 0;
  icon_picture = 0;
}

void XEmbedTray::Impl::draw() const {
  if (icon == 0 || !have_view) return;
  const int size = static_cast<int>(std::max(1U, std::min(width, height)));
  const std::vector<std::uint32_t> words =
      premultiplied_argb32(draw_tray_pixmap(view.state, view.progress, size));
  XRenderPictFormat* argb = XRenderFindStandardFormat(display, PictStandardARGB32);
  const Pixmap pixmap = XCreatePixmap(display, icon, size, size, 32);
  // Xlib copies the data out in XPutImage; the image never owns it.
  XImage* image = XCreateImage(display, nullptr, 32, ZPixmap, 0,
                               reinterpret_cast<char*>(const_cast<std::uint32_t*>(words.data())),
                               size, size, 32, size * 4);
  // The words are in this machine's order; Xlib swaps them if the server's differs.
  image->byte_order = std::endian::native == std::endian::little ? LSBFirst : MSBFirst;
  const GC gc = XCreateGC(display, pixmap, 0, nullptr);
  XPutImage(display, pixmap, gc, image, 0, 0, 0, 0, size, size);
  image->data = nullptr;
  XDestroyImage(image);
  XFreeGC(display, gc);
  const Picture source = XRenderCreatePicture(display, pixmap, argb, 0, nullptr);
  XClearWindow(display, icon);  // the parent's background, then the icon over it
  XRenderComposite(display, PictOpOver, source, 0, icon_picture, 0, 0, 0, 0,
                   static_cast<int>(width - size) / 2, static_cast<int>(height - size) / 2, size,
                   size);
  XRenderFreePicture(display, source);
  XFreePixmap(display, pixmap);
  XFlush(display);
}

void XEmbedTray::Impl::on_click(const XButtonEvent& press) const {
  if (press.button == Button1) {
    if (events.on_activate) events.on_activate();
    return;
  }
  if (press.button != Button2 && press.button != Button3) return;  // no scrolling
  if (events.on_menu) events.on_menu(icon_rect());
}

void XEmbedTray::Impl::on_event(XEvent& event) {
  switch (event.type) {
    case ClientMessage:
      // A (new) tray announces itself on the root window.
      if (event.xclient.window == root && event.xclient.message_type == manager &&
          static_cast<Atom>(event.xclient.data.l[1]) == selection) {
        undock();
        find_owner();
        if (owner != 0 && events.on_tray) events.on_tray(true);
        dock();
      }
      return;
    case DestroyNotify:
      if (owner != 0 && event.xdestroywindow.window == owner) {
        owner = 0;
        undock();  // else the server hands our window back to the root, visible
        if (events.on_tray) events.on_tray(false);
      } else if (icon != 0 && event.xdestroywindow.window == icon) {
        icon = 0;
      }
      return;
    case ConfigureNotify:
      if (event.xconfigure.window == icon &&
          (static_cast<unsigned>(event.xconfigure.width) != width ||
           static_cast<unsigned>(event.xconfigure.height) != height)) {
        width = static_cast<unsigned>(event.xconfigure.width);
        height = static_cast<unsigned>(event.xconfigure.height);
        draw();
      }
      return;
    case Expose:
      if (event.xexpose.window == icon && event.xexpose.count == 0) draw();
      if (event.xexpose.window == tooltip->window() && event.xexpose.count == 0) tooltip->redraw();
      return;
    case EnterNotify:
      if (event.xcrossing.window == icon && have_view) tooltip->show(tooltip_text(), icon_rect());
      return;
    case LeaveNotify:
      if (event.xcrossing.window == icon) tooltip->hide();
      return;
    case ButtonPress:
      tooltip->hide();  // the menu or a window opens over it
      if (event.xbutton.window == icon) on_click(event.xbutton);
      return;
    default:
      return;
  }
}

std::unique_ptr<XEmbedTray> XEmbedTray::open(boost::asio::io_context& io, Events events) {
  auto x = X11Connection::open(io);
  if (!x) return nullptr;
  Display* display = x->display();
  int event_base = 0, error_base = 0;
  if (XRenderQueryExtension(display, &event_base, &error_base) == 0) {
    log_warn("tray: the X server has no RENDER extension: no icon of our own in its tray");
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->display = display;
  impl->root = DefaultRootWindow(display);
  const int screen = DefaultScreen(display);
  impl->selection = atom(display, "_NET_SYSTEM_TRAY_S" + std::to_string(screen));
  impl->opcode = atom(display, "_NET_SYSTEM_TRAY_OPCODE");
  impl->manager = atom(display, "MANAGER");
  impl->xembed_info = atom(display, "_XEMBED_INFO");
  impl->events = std::move(events);
  impl->tooltip = std::make_unique<X11Tooltip>(display);
  XSelectInput(display, impl->root, StructureNotifyMask);  // MANAGER arrives here
  impl->find_owner();
  Impl* raw = impl.get();
  x->on_event([raw](XEvent& event) { raw->on_event(event); });
  impl->x = std::move(x);
  impl->x->pump();
  return std::unique_ptr<XEmbedTray>(new XEmbedTray(std::move(impl)));
}

XEmbedTray::XEmbedTray(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

XEmbedTray::~XEmbedTray() { impl_->undock(); }

bool XEmbedTray::tray_present() const { return impl_->owner != 0; }

bool XEmbedTray::docked() const { return impl_->icon != 0; }

void XEmbedTray::set_wanted(bool wanted) {
  impl_->wanted = wanted;
  if (wanted)
    impl_->dock();
  else
    impl_->undock();
  impl_->x->pump();
}

void XEmbedTray::show(const TrayView& view) {
  const bool icon_changed =
      !impl_->have_view || view.state != impl_->view.state || view.progress != impl_->view.progress;
  const std::string old_text = impl_->tooltip_text();
  impl_->view = view;
  impl_->have_view = true;
  if (icon_changed) impl_->draw();
  if (impl_->tooltip->shown() && impl_->tooltip_text() != old_text)
    impl_->tooltip->show(impl_->tooltip_text(), impl_->icon_rect());
  impl_->x->pump();
}

}  // namespace unknot
