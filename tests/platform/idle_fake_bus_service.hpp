#pragma once
// A stand-in for a desktop's idle service (GNOME's Mutter IdleMonitor, KDE's
// ScreenSaver) on a private session bus: one method answering milliseconds.
// It runs on a thread of its own with its own GMainContext, so the code
// under test can make blocking calls to it from the test's thread.
#include <utility>

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>

#include <gio/gio.h>

#include "support/desktop_session.hpp"

namespace unknot::test {

/// Owns `bus_name` and serves `method` on `path`/`interface` until destroyed.
class FakeIdleService {
 public:
  /// `reply_type` is "t" or "u"; the service is on the bus when this returns.
  FakeIdleService(std::string bus_name, std::string path, std::string interface, std::string method,
                  std::string reply_type)
      : bus_name_(std::move(bus_name)),
        path_(std::move(path)),
        interface_(std::move(interface)),
        method_(std::move(method)),
        reply_type_(std::move(reply_type)) {
    context_ = g_main_context_new();
    loop_ = g_main_loop_new(context_, FALSE);
    thread_ = std::thread([this] { run(); });
    if (!wait_until([&] { return owned_.load() || failed_.load(); }) || failed_) {
      g_main_loop_quit(loop_);
      thread_.join();
      throw std::runtime_error("fake " + bus_name_ + " did not get onto the bus");
    }
  }
  ~FakeIdleService() {
    g_main_loop_quit(loop_);
    thread_.join();
    g_main_loop_unref(loop_);
    g_main_context_unref(context_);
  }
  FakeIdleService(const FakeIdleService&) = delete;
  FakeIdleService& operator=(const FakeIdleService&) = delete;

  /// What the next call answers.
  void set_idle_ms(std::uint64_t ms) { idle_ms_ = ms; }
  /// Answers with an error from now on, as GNOME's ScreenSaver does.
  void refuse(bool refusing) { refusing_ = refusing; }
  /// How many calls were answered.
  [[nodiscard]] int calls() const { return calls_; }

 private:
  /// The service thread: connects, exports, owns the name, serves, and
  /// leaves the bus (closing its connection) when the loop quits.
  void run() {
    g_main_context_push_thread_default(context_);
    GDBusConnection* bus = serve();
    if (bus != nullptr) {
      g_main_loop_run(loop_);
      g_dbus_connection_close_sync(bus, nullptr, nullptr);
      g_object_unref(bus);
    }
    g_main_context_pop_thread_default(context_);
  }

  GDBusConnection* serve() {
    // A private connection, so the service leaves the bus when it closes.
    gchar* address = g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SESSION, nullptr, nullptr);
    GDBusConnection* bus = g_dbus_connection_new_for_address_sync(
        address,
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, nullptr);
    g_free(address);
    const std::string xml = "<node><interface name='" + interface_ + "'><method name='" + method_ +
                            "'><arg type='" + reply_type_ +
                            "' direction='out'/></method></interface></node>";
    GDBusNodeInfo* node = g_dbus_node_info_new_for_xml(xml.c_str(), nullptr);
    static const GDBusInterfaceVTable vtable{&FakeIdleService::on_call, nullptr, nullptr, {}};
    if (bus == nullptr || node == nullptr ||
        g_dbus_connection_register_object(bus, path_.c_str(), node->interfaces[0], &vtable, this,
                                          nullptr, nullptr) == 0) {
      failed_ = true;
      if (node != nullptr) g_dbus_node_info_unref(node);
      if (bus != nullptr) g_object_unref(bus);
      return nullptr;
    }
    g_dbus_node_info_unref(node);
    g_bus_own_name_on_connection(bus, bus_name_.c_str(), G_BUS_NAME_OWNER_FLAGS_NONE,
                                 &FakeIdleService::on_name, &FakeIdleService::on_lost, this,
                                 nullptr);
    return bus;
  }

  static void on_call(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                      GVariant*, GDBusMethodInvocation* invocation, gpointer data) {
    auto* self = static_cast<FakeIdleService*>(data);
    ++self->calls_;
    if (self->refusing_) {
      g_dbus_method_invocation_return_dbus_error(
          invocation, "org.freedesktop.DBus.Error.NotSupported", "not implemented here");
    } else if (self->reply_type_ == "t") {
      g_dbus_method_invocation_return_value(
          invocation, g_variant_new("(t)", static_cast<guint64>(self->idle_ms_.load())));
    } else {
      g_dbus_method_invocation_return_value(
          invocation, g_variant_new("(u)", static_cast<guint32>(self->idle_ms_.load())));
    }
  }
  static void on_name(GDBusConnection*, const gchar*, gpointer data) {
    static_cast<FakeIdleService*>(data)->owned_ = true;
  }
  static void on_lost(GDBusConnection*, const gchar*, gpointer data) {
    static_cast<FakeIdleService*>(data)->failed_ = true;
  }

  std::string bus_name_, path_, interface_, method_, reply_type_;
  std::atomic<std::uint64_t> idle_ms_{0};
  std::atomic<bool> refusing_{false};
  std::atomic<int> calls_{0};
  std::atomic<bool> owned_{false};
  std::atomic<bool> failed_{false};
  GMainContext* context_ = nullptr;
  GMainLoop* loop_ = nullptr;
  std::thread thread_;
};

}  // namespace unknot::test
