#pragma once
// Small helpers over the registry for the Windows backends (start at login,
// the camera and microphone consent store). Keys are named by a root and a
// path, so tests can point a backend at a scratch key of their own.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <windows.h>

namespace unknot::win32 {

/// A registry key by root and path ("Software\\Microsoft\\...").
struct RegistryKey {
  HKEY root = HKEY_CURRENT_USER;
  std::wstring path;
  /// The subkey `name` of this key.
  [[nodiscard]] RegistryKey child(const std::wstring& name) const {
    return {root, path.empty() ? name : path + L"\\" + name};
  }
};

/// A string value (REG_SZ or REG_EXPAND_SZ, unexpanded); nullopt when absent.
std::optional<std::wstring> read_string(const RegistryKey& key, const std::wstring& name);
/// A binary value; nullopt when absent.
std::optional<std::vector<std::uint8_t>> read_binary(const RegistryKey& key,
                                                     const std::wstring& name);
/// A REG_QWORD value; nullopt when absent or of another type.
std::optional<std::uint64_t> read_qword(const RegistryKey& key, const std::wstring& name);
/// The names of the key's subkeys (empty when the key is absent).
std::vector<std::wstring> subkeys(const RegistryKey& key);

/// Writes a REG_SZ value, creating the key; false with `error` on failure.
bool write_string(const RegistryKey& key, const std::wstring& name, const std::wstring& value,
                  std::string& error);
/// Writes a REG_BINARY value, creating the key; false with `error` on failure.
bool write_binary(const RegistryKey& key, const std::wstring& name,
                  const std::vector<std::uint8_t>& value, std::string& error);
/// Removes a value; an absent one is no error.
bool delete_value(const RegistryKey& key, const std::wstring& name, std::string& error);

}  // namespace unknot::win32
