// "fullscreen" on Wayland: the active window covers the screen. Wayland gives
// other programs no view of windows, except where the compositor offers
// wlr-foreign-toplevel-management (sway, Hyprland, labwc, river and other
// wlroots compositors, for task bars): every toplevel with its app_id and its
// state (activated, fullscreen), announced as it changes. GNOME and KDE do not
// offer it; there the other meeting sources still hold breaks. Event driven:
// the connection's socket is a GLib fd source on the daemon's loop.
#include <algorithm>
#include <cstring>
#include <list>
#include <string>

#include <glib-unix.h>
#include <wayland-client.h>

#include "platform/desk_signal.hpp"
#include "platform/idle_source_wayland.hpp"
#include "platform/log.hpp"
#include "wlr-foreign-toplevel-management-unstable-v1-client-protocol.h"

namespace unknot {
namespace {

/// Version 2 added the fullscreen state; 3 (parents) is the newest we know.
constexpr uint32_t kFullscreenVersion = 2;
constexpr uint32_t kNewestVersion = 3;

class WaylandFullscreenSignal final : public DeskSignal {
 public:
  WaylandFullscreenSignal(DeskEvents events, std::string display, FullscreenFilter filter)
      : events_(std::move(events)), display_name_(std::move(display)), filter_(std::move(filter)) {}
  ~WaylandFullscreenSignal() override { disconnect(); }

  [[nodiscard]] std::string_view name() const override { return "fullscreen"; }

  void start() override {
    if (started_) return;  // a missing compositor is reported once
    started_ = true;
    display_ = wl_display_connect(display_name_.empty() ? nullptr : display_name_.c_str());
    if (display_ == nullptr) {
      log_warn("fullscreen windows not followed: cannot connect to the Wayland compositor");
      return;
    }
    wl_registry* registry = wl_display_get_registry(display_);
    wl_registry_add_listener(registry, &kRegistryListener, this);
    wl_display_roundtrip(display_);
    wl_registry_destroy(registry);
    if (manager_ == nullptr) {
      log_info(
          "fullscreen windows not followed: the Wayland compositor offers no "
          "wlr-foreign-toplevel-management v2 (GNOME and KDE show other programs no windows)");
      disconnect();
      return;
    }
    zwlr_foreign_toplevel_manager_v1_add_listener(manager_, &kManagerListener, this);
    wl_display_flush(display_);
    fd_watch_ = g_unix_fd_add(wl_display_get_fd(display_),
                              static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                              &WaylandFullscreenSignal::on_readable, this);
    log_debug("fullscreen windows followed through wlr-foreign-toplevel-management");
  }

  void stop() override {
    started_ = false;
    disconnect();
    report(false);
  }

 private:
  /// One window as the compositor last described it (`done` commits a batch).
  struct Toplevel {
    WaylandFullscreenSignal* owner = nullptr;
    zwlr_foreign_toplevel_handle_v1* handle = nullptr;
    std::string app_id, pending_app_id;
    bool fullscreen = false, activated = false;
    bool pending_fullscreen = false, pending_activated = false;
  };

  static void on_global(void* data, wl_registry* registry, uint32_t id, const char* name,
                        uint32_t version) {
    auto* self = static_cast<WaylandFullscreenSignal*>(data);
    if (std::strcmp(name, zwlr_foreign_toplevel_manager_v1_interface.name) != 0 ||
        self->manager_ != nullptr || version < kFullscreenVersion)
      return;
    self->manager_ = static_cast<zwlr_foreign_toplevel_manager_v1*>(
        wl_registry_bind(registry, id, &zwlr_foreign_toplevel_manager_v1_interface,
                         std::min(version, kNewestVersion)));
  }
  static void on_global_remove(void*, wl_registry*, uint32_t) {}
  static constexpr wl_registry_listener kRegistryListener{on_global, on_global_remove};

  static void on_toplevel(void* data, zwlr_foreign_toplevel_manager_v1*,
                          zwlr_foreign_toplevel_handle_v1* handle) {
    auto* self = static_cast<WaylandFullscreenSignal*>(data);
    Toplevel& toplevel = self->toplevels_.emplace_back();
    toplevel.owner = self;
    toplevel.handle = handle;
    zwlr_foreign_toplevel_handle_v1_add_listener(handle, &kToplevelListener, &toplevel);
  }
  static void on_finished(void* data, zwlr_foreign_toplevel_manager_v1*) {
    // The compositor stops telling (it is shutting down): nothing counts now.
    auto* self = static_cast<WaylandFullscreenSignal*>(data);
    self->forget_toplevels();
    self->report(false);
  }
  static constexpr zwlr_foreign_toplevel_manager_v1_listener kManagerListener{on_toplevel,
                                                                              on_finished};

  static void on_title(void*, zwlr_foreign_toplevel_handle_v1*, const char*) {}
  static void on_app_id(void* data, zwlr_foreign_toplevel_handle_v1*, const char* app_id) {
    static_cast<Toplevel*>(data)->pending_app_id = app_id != nullptr ? app_id : "";
  }
  static void on_output(void*, zwlr_foreign_toplevel_handle_v1*, wl_output*) {}
  static void on_state(void* data, zwlr_foreign_toplevel_handle_v1*, wl_array* states) {
    auto* toplevel = static_cast<Toplevel*>(data);
    toplevel->pending_fullscreen = toplevel->pending_activated = false;
    const auto* state = static_cast<const uint32_t*>(states->data);
    for (std::size_t i = 0; i < states->size / sizeof(uint32_t); ++i) {
      if (state[i] == ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_FULLSCREEN)
        toplevel->pending_fullscreen = true;
      if (state[i] == ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_ACTIVATED)
        toplevel->pending_activated = true;
    }
  }
  static void on_done(void* data, zwlr_foreign_toplevel_handle_v1*) {
    auto* toplevel = static_cast<Toplevel*>(data);
    toplevel->app_id = toplevel->pending_app_id;
    toplevel->fullscreen = toplevel->pending_fullscreen;
    toplevel->activated = toplevel->pending_activated;
    toplevel->owner->evaluate();
  }
  static void on_closed(void* data, zwlr_foreign_toplevel_handle_v1* handle) {
    auto* toplevel = static_cast<Toplevel*>(data);
    WaylandFullscreenSignal* self = toplevel->owner;
    zwlr_foreign_toplevel_handle_v1_destroy(handle);
    self->toplevels_.remove_if([toplevel](const Toplevel& t) { return &t == toplevel; });
    self->evaluate();
  }
  static void on_parent(void*, zwlr_foreign_toplevel_handle_v1*, zwlr_foreign_toplevel_handle_v1*) {
  }
  static constexpr zwlr_foreign_toplevel_handle_v1_listener kToplevelListener{
      on_title, on_app_id, on_output, on_output, on_state, on_done, on_closed, on_parent};

  /// A meeting while the focused window is fullscreen and of a counted app.
  void evaluate() {
    bool active = false;
    for (const Toplevel& t : toplevels_) {
      if (!t.activated || !t.fullscreen) continue;
      if (fullscreen_window_counts(filter_, t.app_id, t.app_id)) {
        active = true;
      } else {
        log_debug("fullscreen window " + t.app_id +
                  " not counted: [meetings] fullscreen_classes / fullscreen_ignore");
      }
    }
    report(active);
  }

  static gboolean on_readable(gint, GIOCondition condition, gpointer data) {
    auto* self = static_cast<WaylandFullscreenSignal*>(data);
    if ((condition & (G_IO_HUP | G_IO_ERR)) == 0 &&
        wayland_idle::dispatch_without_blocking(self->display_))
      return G_SOURCE_CONTINUE;
    log_warn("lost the Wayland compositor: fullscreen windows no longer followed");
    self->fd_watch_ = 0;  // removed by returning G_SOURCE_REMOVE
    self->disconnect();
    self->report(false);
    return G_SOURCE_REMOVE;
  }

  void report(bool active) {
    if (active == active_fullscreen_) return;
    active_fullscreen_ = active;
    log_debug(active ? "fullscreen window: meeting" : "fullscreen window left");
    if (events_.meeting) events_.meeting("fullscreen", active);
  }

  void forget_toplevels() {
    for (Toplevel& t : toplevels_) zwlr_foreign_toplevel_handle_v1_destroy(t.handle);
    toplevels_.clear();
  }

  void disconnect() {
    if (fd_watch_ != 0) g_source_remove(fd_watch_);
    fd_watch_ = 0;
    forget_toplevels();
    if (manager_ != nullptr) zwlr_foreign_toplevel_manager_v1_destroy(manager_);
    manager_ = nullptr;
    if (display_ != nullptr) wl_display_disconnect(display_);
    display_ = nullptr;
  }

  DeskEvents events_;
  std::string display_name_;
  FullscreenFilter filter_;
  bool started_ = false;
  wl_display* display_ = nullptr;
  zwlr_foreign_toplevel_manager_v1* manager_ = nullptr;
  std::list<Toplevel> toplevels_;  ///< stable addresses: the listeners point at them
  guint fd_watch_ = 0;
  bool active_fullscreen_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_wayland_fullscreen_signal(DeskEvents events, std::string display,
                                                           FullscreenFilter filter) {
  return std::make_unique<WaylandFullscreenSignal>(std::move(events), std::move(display),
                                                   std::move(filter));
}

}  // namespace unknot
