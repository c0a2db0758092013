#pragma once
// Stand-ins for a desktop's idle services on a private session bus: KDE's
// ScreenSaver (one method answering milliseconds) and GNOME's Mutter
// IdleMonitor (GetIdletime plus idle and user-active watches that fire
// WatchFired off an idle clock the test drives). Each runs on a thread of its
// own with its own GMainContext, so the code under test can make blocking
// calls to it from the test's thread.
#include <utility>

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gio/gio.h>

#include "support/desktop_session.hpp"

namespace unknot::test {

/// Owns a bus name and serves one object from a thread; subclasses answer calls.
class FakeBusService {
 public:
  virtual ~FakeBusService() = default;
  FakeBusService(const FakeBusService&) = delete;
  FakeBusService& operator=(const FakeBusService&) = delete;

 protected:
  FakeBusService(std::string bus_name, std::string path, std::string introspection_xml)
      : bus_name_(std::move(bus_name)),
        path_(std::move(path)),
        xml_(std::move(introspection_xml)) {}

  /// Starts serving; the service is on the bus when this returns.
  void start() {
    context_ = g_main_context_new();
    loop_ = g_main_loop_new(context_, FALSE);
    thread_ = std::thread([this] { run(); });
    if (!wait_until([&] { return owned_.load() || failed_.load(); }) || failed_) {
      stop();
      throw std::runtime_error("fake " + bus_name_ + " did not get onto the bus");
    }
  }
  /// Leaves the bus; subclasses call it first in their destructor.
  void stop() {
    if (!thread_.joinable()) return;
    g_main_loop_quit(loop_);
    thread_.join();
    g_main_loop_unref(loop_);
    g_main_context_unref(context_);
  }
  /// Emits `signal` with `args` from the service's object (any thread).
  void emit(const char* interface, const char* signal, GVariant* args) {
    if (bus_ != nullptr)
      g_dbus_connection_emit_signal(bus_, nullptr, path_.c_str(), interface, signal, args, nullptr);
  }
  /// Answers one call (on the service's thread).
  virtual void on_method(const std::string& method, GVariant* args,
                         GDBusMethodInvocation* invocation) = 0;

 private:
  /// The service thread: connects, exports, owns the name, serves, and
  /// leaves the bus (closing its connection) when the loop quits.
  void run() {
    g_main_context_push_thread_default(context_);
    GDBusConnection* bus = serve();
    if (bus != nullptr) {
      bus_ = bus;
      g_main_loop_run(loop_);
      bus_ = nullptr;
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
    GDBusNodeInfo* node = g_dbus_node_info_new_for_xml(xml_.c_str(), nullptr);
    static const GDBusInterfaceVTable vtable{&FakeBusService::on_call, nullptr, nullptr, {}};
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
                                 &FakeBusService::on_name, &FakeBusService::on_lost, this, nullptr);
    return bus;
  }

  static void on_call(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                      const gchar* method, GVariant* args, GDBusMethodInvocation* invocation,
                      gpointer data) {
    static_cast<FakeBusService*>(data)->on_method(method, args, invocation);
  }
  static void on_name(GDBusConnection*, const gchar*, gpointer data) {
    static_cast<FakeBusService*>(data)->owned_ = true;
  }
  static void on_lost(GDBusConnection*, const gchar*, gpointer data) {
    static_cast<FakeBusService*>(data)->failed_ = true;
  }

  std::string bus_name_, path_, xml_;
  std::atomic<GDBusConnection*> bus_{nullptr};
  std::atomic<bool> owned_{false};
  std::atomic<bool> failed_{false};
  GMainContext* context_ = nullptr;
  GMainLoop* loop_ = nullptr;
  std::thread thread_;
};

/// Owns `bus_name` and serves `method` on `path`/`interface` until destroyed.
class FakeIdleService final : public FakeBusService {
 public:
  /// `reply_type` is "t" or "u"; the service is on the bus when this returns.
  FakeIdleService(std::string bus_name, std::string path, const std::string& interface,
                  const std::string& method, std::string reply_type)
      : FakeBusService(std::move(bus_name), std::move(path),
                       "<node><interface name='" + interface + "'><method name='" + method +
                           "'><arg type='" + reply_type +
                           "' direction='out'/></method></interface></node>"),
        reply_type_(std::move(reply_type)) {
    start();
  }
  ~FakeIdleService() override { stop(); }
  FakeIdleService(const FakeIdleService&) = delete;
  FakeIdleService& operator=(const FakeIdleService&) = delete;

  /// What the next call answers.
  void set_idle_ms(std::uint64_t ms) { idle_ms_ = ms; }
  /// Answers with an error from now on, as GNOME's ScreenSaver does.
  void refuse(bool refusing) { refusing_ = refusing; }
  /// How many calls were answered.
  [[nodiscard]] int calls() const { return calls_; }

 private:
  void on_method(const std::string&, GVariant*, GDBusMethodInvocation* invocation) override {
    ++calls_;
    if (refusing_) {
      g_dbus_method_invocation_return_dbus_error(
          invocation, "org.freedesktop.DBus.Error.NotSupported", "not implemented here");
    } else if (reply_type_ == "t") {
      g_dbus_method_invocation_return_value(
          invocation, g_variant_new("(t)", static_cast<guint64>(idle_ms_.load())));
    } else {
      g_dbus_method_invocation_return_value(
          invocation, g_variant_new("(u)", static_cast<guint32>(idle_ms_.load())));
    }
  }

  std::string reply_type_;
  std::atomic<std::uint64_t> idle_ms_{0};
  std::atomic<bool> refusing_{false};
  std::atomic<int> calls_{0};
};

/// GNOME's org.gnome.Mutter.IdleMonitor with watches, as Mutter keeps them:
/// an idle watch fires each time the idle time reaches its interval; a
/// user-active watch fires once, at the next input, and is then dropped.
class FakeMutterIdleMonitor final : public FakeBusService {
 public:
  FakeMutterIdleMonitor()
      : FakeBusService("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", kXml) {
    start();
  }
  ~FakeMutterIdleMonitor() override { stop(); }
  FakeMutterIdleMonitor(const FakeMutterIdleMonitor&) = delete;
  FakeMutterIdleMonitor& operator=(const FakeMutterIdleMonitor&) = delete;

  /// Time passes without input: fires the idle watches whose interval is reached.
  void pass_idle(std::uint64_t ms) {
    std::vector<guint32> fired;
    {
      std::lock_guard lock{mutex_};
      const std::uint64_t before = idle_ms_;
      idle_ms_ += ms;
      for (const auto& [id, interval] : idle_watches_)
        if (before < interval && interval <= idle_ms_) fired.push_back(id);
    }
    for (guint32 id : fired) fire(id);
  }
  /// The user touched the mouse: idle time 0, user-active watches fire (once).
  void input() {
    std::vector<guint32> fired;
    {
      std::lock_guard lock{mutex_};
      idle_ms_ = 0;
      fired.swap(active_watches_);
    }
    for (guint32 id : fired) fire(id);
  }
  /// How many GetIdletime calls were answered.
  [[nodiscard]] int getidletime_calls() const { return getidletime_calls_; }
  /// How many watches are armed (idle and user-active).
  [[nodiscard]] std::size_t watches() const {
    std::lock_guard lock{mutex_};
    return idle_watches_.size() + active_watches_.size();
  }
  /// How many user-active watches are armed.
  [[nodiscard]] std::size_t active_watches() const {
    std::lock_guard lock{mutex_};
    return active_watches_.size();
  }

 private:
  static constexpr const char* kXml =
      "<node><interface name='org.gnome.Mutter.IdleMonitor'>"
      "<method name='GetIdletime'><arg type='t' direction='out'/></method>"
      "<method name='AddIdleWatch'><arg type='t' direction='in'/>"
      "<arg type='u' direction='out'/></method>"
      "<method name='AddUserActiveWatch'><arg type='u' direction='out'/></method>"
      "<method name='RemoveWatch'><arg type='u' direction='in'/></method>"
      "<signal name='WatchFired'><arg type='u'/></signal>"
      "</interface></node>";

  void fire(guint32 id) {
    emit("org.gnome.Mutter.IdleMonitor", "WatchFired", g_variant_new("(u)", id));
  }

  void on_method(const std::string& method, GVariant* args,
                 GDBusMethodInvocation* invocation) override {
    std::lock_guard lock{mutex_};
    GVariant* reply = nullptr;
    if (method == "GetIdletime") {
      ++getidletime_calls_;
      reply = g_variant_new("(t)", static_cast<guint64>(idle_ms_));
    } else if (method == "AddIdleWatch") {
      guint64 interval = 0;
      g_variant_get(args, "(t)", &interval);
      idle_watches_[++last_id_] = interval;
      reply = g_variant_new("(u)", last_id_);
    } else if (method == "AddUserActiveWatch") {
      active_watches_.push_back(++last_id_);
      reply = g_variant_new("(u)", last_id_);
    } else {  // RemoveWatch
      guint32 id = 0;
      g_variant_get(args, "(u)", &id);
      idle_watches_.erase(id);
      std::erase(active_watches_, id);
    }
    g_dbus_method_invocation_return_value(invocation, reply);
  }

  mutable std::mutex mutex_;
  std::uint64_t idle_ms_ = 0;
  guint32 last_id_ = 0;
  std::map<guint32, std::uint64_t> idle_watches_;  ///< id -> interval in ms
  std::vector<guint32> active_watches_;
  std::atomic<int> getidletime_calls_{0};
};

}  // namespace unknot::test
