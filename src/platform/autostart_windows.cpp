#include "platform/autostart_windows.hpp"

#include <cstdint>
#include <vector>

namespace unknot {

namespace {

// StartupApproved values: 12 bytes, the first 2 (even) = enabled, 3 (odd) =
// disabled, followed by the FILETIME of the change (zero is accepted).
std::vector<std::uint8_t> approval(bool enabled) {
  std::vector<std::uint8_t> value(12, 0);
  value[0] = enabled ? 0x02 : 0x03;
  return value;
}

bool marked_disabled(const RunKeys& keys) {
  const auto mark = win32::read_binary(keys.user_approved, keys.value_name);
  return mark && !mark->empty() && ((*mark)[0] & 1) != 0;
}

}  // namespace

std::wstring run_command(const std::filesystem::path& daemon) {
  return L"\"" + daemon.wstring() + L"\"";
}

bool windows_autostart_enabled(const RunKeys& keys) {
  const bool entry = win32::read_string(keys.user_run, keys.value_name).has_value() ||
                     win32::read_string(keys.machine_run, keys.value_name).has_value();
  return entry && !marked_disabled(keys);
}

bool set_windows_autostart(bool on, const std::filesystem::path& daemon, std::string& error,
                           const RunKeys& keys) {
  if (on) {
    if (!win32::write_string(keys.user_run, keys.value_name, run_command(daemon), error))
      return false;
    return !marked_disabled(keys) ||
           win32::write_binary(keys.user_approved, keys.value_name, approval(true), error);
  }
  if (!win32::delete_value(keys.user_run, keys.value_name, error)) return false;
  if (!win32::read_string(keys.machine_run, keys.value_name)) return true;
  return win32::write_binary(keys.user_approved, keys.value_name, approval(false), error);
}

}  // namespace unknot
