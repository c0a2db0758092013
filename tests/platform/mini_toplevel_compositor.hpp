#pragma once
// A minimal wlroots-like compositor for tests: it serves only
// zwlr_foreign_toplevel_manager_v1, as sway does for task bars, with windows
// the test opens, focuses, makes fullscreen and closes. libwayland-server on
// a thread of its own over a real socket in $XDG_RUNTIME_DIR; the test's
// commands reach that thread through a queue and an eventfd.
#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <sys/eventfd.h>
#include <unistd.h>
#include <wayland-server.h>

#include "wlr-foreign-toplevel-management-unstable-v1-server-protocol.h"

namespace unknot::test {

class MiniToplevelCompositor {
 public:
  /// Serves `socket_name`, offering the manager at `version` (2 or 3 tell
  /// fullscreen; 1 does not).
  explicit MiniToplevelCompositor(const std::string& socket_name, int version = 3) {
    display_ = wl_display_create();
    if (wl_display_add_socket(display_, socket_name.c_str()) != 0) {
      wl_display_destroy(display_);
      throw std::runtime_error("cannot listen on Wayland socket " + socket_name);
    }
    wl_global_create(display_, &zwlr_foreign_toplevel_manager_v1_interface, version, this,
                     &bind_manager);
    command_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    command_source_ = wl_event_loop_add_fd(wl_display_get_event_loop(display_), command_fd_,
                                           WL_EVENT_READABLE, &on_command, this);
    thread_ = std::thread([this] { serve(); });
  }
  ~MiniToplevelCompositor() {
    stop_ = true;
    thread_.join();
    wl_display_destroy_clients(display_);
    wl_event_source_remove(command_source_);
    wl_display_destroy(display_);
    ::close(command_fd_);
  }
  MiniToplevelCompositor(const MiniToplevelCompositor&) = delete;
  MiniToplevelCompositor& operator=(const MiniToplevelCompositor&) = delete;

  /// A window appears; returns its number for the calls below.
  int open(const std::string& app_id, bool fullscreen, bool activated) {
    const int id = ++last_id_;
    post([=, this] {
      Window& w = windows_.emplace_back();
      w.id = id;
      w.app_id = app_id;
      w.fullscreen = fullscreen;
      w.activated = activated;
      for (wl_resource* manager : managers_) announce(manager, w);
    });
    return id;
  }
  /// The window's state changes (one `done` batch).
  void set_state(int id, bool fullscreen, bool activated) {
    post([=, this] {
      for (Window& w : windows_)
        if (w.id == id) {
          w.fullscreen = fullscreen;
          w.activated = activated;
          for (wl_resource* handle : w.handles) send_state(handle, w);
        }
    });
  }
  /// The window closes.
  void close(int id) {
    post([=, this] {
      for (Window& w : windows_)
        if (w.id == id)
          for (wl_resource* handle : w.handles) zwlr_foreign_toplevel_handle_v1_send_closed(handle);
      windows_.remove_if([id](const Window& w) { return w.id == id; });
    });
  }

 private:
  struct Window {
    int id = 0;
    std::string app_id;
    bool fullscreen = false, activated = false;
    std::vector<wl_resource*> handles;  ///< one per client
  };

  void post(std::function<void()> command) {
    {
      std::lock_guard lock(mutex_);
      commands_.push_back(std::move(command));
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(command_fd_, &one, sizeof one);
  }
  static int on_command(int fd, uint32_t, void* data) {
    std::uint64_t count = 0;
    [[maybe_unused]] const auto got = ::read(fd, &count, sizeof count);
    auto* self = static_cast<MiniToplevelCompositor*>(data);
    std::vector<std::function<void()>> commands;
    {
      std::lock_guard lock(self->mutex_);
      commands.swap(self->commands_);
    }
    for (auto& command : commands) command();
    return 0;
  }

  void serve() {
    wl_event_loop* loop = wl_display_get_event_loop(display_);
    while (!stop_) {
      wl_event_loop_dispatch(loop, 20);
      wl_display_flush_clients(display_);
    }
  }

  static void bind_manager(wl_client* client, void* data, uint32_t version, uint32_t id) {
    auto* self = static_cast<MiniToplevelCompositor*>(data);
    wl_resource* manager = wl_resource_create(client, &zwlr_foreign_toplevel_manager_v1_interface,
                                              static_cast<int>(version), id);
    wl_resource_set_implementation(manager, &kManagerImplementation, self, &forget_manager);
    self->managers_.push_back(manager);
    for (Window& w : self->windows_) self->announce(manager, w);
  }
  static void forget_manager(wl_resource* resource) {
    auto* self = static_cast<MiniToplevelCompositor*>(wl_resource_get_user_data(resource));
    self->managers_.remove(resource);
  }
  void announce(wl_resource* manager, Window& w) {
    wl_resource* handle = wl_resource_create(wl_resource_get_client(manager),
                                             &zwlr_foreign_toplevel_handle_v1_interface,
                                             wl_resource_get_version(manager), 0);
    wl_resource_set_implementation(handle, &kHandleImplementation, nullptr, nullptr);
    w.handles.push_back(handle);
    zwlr_foreign_toplevel_manager_v1_send_toplevel(manager, handle);
    zwlr_foreign_toplevel_handle_v1_send_app_id(handle, w.app_id.c_str());
    send_state(handle, w);
  }
  static void send_state(wl_resource* handle, const Window& w) {
    wl_array states;
    wl_array_init(&states);
    const bool fullscreen_known = wl_resource_get_version(handle) >= 2;
    if (w.activated)
      *static_cast<uint32_t*>(wl_array_add(&states, sizeof(uint32_t))) =
          ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_ACTIVATED;
    if (w.fullscreen && fullscreen_known)
      *static_cast<uint32_t*>(wl_array_add(&states, sizeof(uint32_t))) =
          ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_FULLSCREEN;
    zwlr_foreign_toplevel_handle_v1_send_state(handle, &states);
    wl_array_release(&states);
    zwlr_foreign_toplevel_handle_v1_send_done(handle);
  }

  static void stop_request(wl_client*, wl_resource*) {}
  static constexpr struct zwlr_foreign_toplevel_manager_v1_interface kManagerImplementation {
    stop_request
  };
  static void no_op(wl_client*, wl_resource*) {}
  static void no_op_seat(wl_client*, wl_resource*, wl_resource*) {}
  static void no_op_rectangle(wl_client*, wl_resource*, wl_resource*, int32_t, int32_t, int32_t,
                              int32_t) {}
  static void destroy_handle(wl_client*, wl_resource* resource) { wl_resource_destroy(resource); }
  static constexpr struct zwlr_foreign_toplevel_handle_v1_interface kHandleImplementation {
    no_op, no_op, no_op, no_op, no_op_seat, no_op, no_op_rectangle, destroy_handle, no_op_seat,
        no_op
  };

  wl_display* display_ = nullptr;
  int command_fd_ = -1;
  wl_event_source* command_source_ = nullptr;
  std::mutex mutex_;
  std::vector<std::function<void()>> commands_;
  std::list<Window> windows_;
  std::list<wl_resource*> managers_;
  std::atomic<int> last_id_{0};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace unknot::test
