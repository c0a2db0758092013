#include "platform/idle_source_dbus.hpp"

#include <gio/gio.h>

#include "platform/desk_bus.hpp"
#include "platform/log.hpp"

namespace unknot::idle {

namespace {

/// A busy compositor may answer late; past this the poll gives up (the daemon
/// then skips one reading) rather than stall the daemon's only thread.
constexpr int kCallTimeoutMs = 500;

/// Asks a D-Bus service for the idle time at each poll: one synchronous round
/// trip on a private connection held for the daemon's life.
class BusIdleSource final : public IdleSource {
 public:
  BusIdleSource(BusIdleQuery query, GDBusConnection* bus) : query_(std::move(query)), bus_(bus) {}
  ~BusIdleSource() override { desk::close_bus(bus_); }
  BusIdleSource(const BusIdleSource&) = delete;
  BusIdleSource& operator=(const BusIdleSource&) = delete;

  [[nodiscard]] std::string_view name() const override { return query_.backend_name; }

  std::optional<Duration> idle_time() override {
    std::string why;
    auto idle = query(why);
    if (!idle && why != last_error_) log_warn(query_.backend_name + " idle time: " + why);
    last_error_ = idle ? std::string{} : why;
    return idle;
  }

  /// One call; nullopt with `why` set when it fails or answers oddly.
  std::optional<Duration> query(std::string& why) {
    GError* error = nullptr;
    // No auto-start: asking must never launch a screensaver the desktop does not run.
    GVariant* reply = g_dbus_connection_call_sync(
        bus_, query_.bus_name.c_str(), query_.object_path.c_str(), query_.interface_name.c_str(),
        query_.method.c_str(), nullptr, G_VARIANT_TYPE(query_.reply_type.c_str()),
        G_DBUS_CALL_FLAGS_NO_AUTO_START, kCallTimeoutMs, nullptr, &error);
    if (reply == nullptr) {
      why = error != nullptr ? error->message : "no reply";
      g_clear_error(&error);
      return std::nullopt;
    }
    guint64 ms = 0;
    if (query_.reply_type == "(t)") {
      g_variant_get(reply, "(t)", &ms);
    } else {
      guint32 ms32 = 0;
      g_variant_get(reply, "(u)", &ms32);
      ms = ms32;
    }
    g_variant_unref(reply);
    return Duration{static_cast<Duration::rep>(ms)};
  }

 private:
  BusIdleQuery query_;
  GDBusConnection* bus_;
  /// The last failure logged, so a vanished service warns once, not per poll.
  std::string last_error_;
};

}  // namespace

std::unique_ptr<IdleSource> make_bus_idle_source(const BusIdleQuery& query, std::string& why) {
  GDBusConnection* bus = desk::open_bus(G_BUS_TYPE_SESSION, why);
  if (bus == nullptr) return nullptr;
  auto source = std::make_unique<BusIdleSource>(query, bus);
  // A service that owns the name but cannot answer (GNOME's ScreenSaver
  // refuses GetSessionIdleTime) is no source at all: let the next one try.
  if (!source->query(why)) return nullptr;
  log_debug("idle time from " + query.bus_name + " on the session bus");
  return source;
}

}  // namespace unknot::idle
