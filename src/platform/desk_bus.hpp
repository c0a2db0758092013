#pragma once
// The D-Bus plumbing the desk signals share: a private connection per signal
// (closed with it, so a test's or a restarted bus never lingers) and reading
// one property. Internal to platform/.
#include <optional>
#include <string>

#include <gio/gio.h>

namespace unknot::desk {

/// A new connection to the session or system bus (honouring
/// DBUS_SESSION_BUS_ADDRESS / DBUS_SYSTEM_BUS_ADDRESS); nullptr, with `why`
/// set, when there is none. The caller owns the reference.
GDBusConnection* open_bus(GBusType type, std::string& why);

/// Closes and releases `bus` (may be nullptr) and sets it to nullptr.
void close_bus(GDBusConnection*& bus);

/// A boolean in a PropertiesChanged `changed` dictionary (a{sv}); nullopt
/// when `property` is absent or not a boolean.
std::optional<bool> changed_bool(GVariant* changed, const char* property);

/// Whether `property` is listed in an `invalidated` array (as).
bool invalidated(GVariant* invalidated_names, const char* property);

}  // namespace unknot::desk
