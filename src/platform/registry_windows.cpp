#include "platform/registry_windows.hpp"

#include "platform/win32_text.hpp"

namespace unknot::win32 {

namespace {

/// The raw bytes and type of a value; nullopt when the key or value is absent.
std::optional<std::vector<std::uint8_t>> read_raw(const RegistryKey& key, const std::wstring& name,
                                                  DWORD& type) {
  DWORD size = 0;
  if (RegGetValueW(key.root, key.path.c_str(), name.c_str(), RRF_RT_ANY | RRF_NOEXPAND, &type,
                   nullptr, &size) != ERROR_SUCCESS)
    return std::nullopt;
  std::vector<std::uint8_t> data(size);
  if (RegGetValueW(key.root, key.path.c_str(), name.c_str(), RRF_RT_ANY | RRF_NOEXPAND, &type,
                   data.data(), &size) != ERROR_SUCCESS)
    return std::nullopt;
  data.resize(size);
  return data;
}

bool write_raw(const RegistryKey& key, const std::wstring& name, DWORD type, const void* data,
               DWORD size, std::string& error) {
  HKEY handle = nullptr;
  LSTATUS status = RegCreateKeyExW(key.root, key.path.c_str(), 0, nullptr, 0, KEY_SET_VALUE,
                                   nullptr, &handle, nullptr);
  if (status == ERROR_SUCCESS) {
    status = RegSetValueExW(handle, name.c_str(), 0, type, static_cast<const BYTE*>(data), size);
    RegCloseKey(handle);
  }
  if (status != ERROR_SUCCESS) error = error_text(static_cast<unsigned long>(status));
  return status == ERROR_SUCCESS;
}

}  // namespace

std::optional<std::wstring> read_string(const RegistryKey& key, const std::wstring& name) {
  DWORD type = 0;
  auto data = read_raw(key, name, type);
  if (!data || (type != REG_SZ && type != REG_EXPAND_SZ)) return std::nullopt;
  std::wstring text(data->size() / sizeof(wchar_t), L'\0');
  std::copy(data->begin(), data->begin() + static_cast<std::ptrdiff_t>(text.size() * 2),
            reinterpret_cast<std::uint8_t*>(text.data()));
  while (!text.empty() && text.back() == L'\0') text.pop_back();
  return text;
}

std::optional<std::vector<std::uint8_t>> read_binary(const RegistryKey& key,
                                                     const std::wstring& name) {
  DWORD type = 0;
  auto data = read_raw(key, name, type);
  if (!data || type != REG_BINARY) return std::nullopt;
  return data;
}

std::optional<std::uint64_t> read_qword(const RegistryKey& key, const std::wstring& name) {
  DWORD type = 0;
  auto data = read_raw(key, name, type);
  if (!data || type != REG_QWORD || data->size() != 8) return std::nullopt;
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = value << 8 | (*data)[static_cast<std::size_t>(i)];
  return value;
}

std::vector<std::wstring> subkeys(const RegistryKey& key) {
  std::vector<std::wstring> names;
  HKEY handle = nullptr;
  if (RegOpenKeyExW(key.root, key.path.c_str(), 0, KEY_ENUMERATE_SUB_KEYS, &handle) !=
      ERROR_SUCCESS)
    return names;
  for (DWORD i = 0;; ++i) {
    wchar_t name[256];
    DWORD size = sizeof name / sizeof name[0];
    if (RegEnumKeyExW(handle, i, name, &size, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS)
      break;
    names.emplace_back(name, size);
  }
  RegCloseKey(handle);
  return names;
}

bool write_string(const RegistryKey& key, const std::wstring& name, const std::wstring& value,
                  std::string& error) {
  return write_raw(key, name, REG_SZ, value.c_str(),
                   static_cast<DWORD>((value.size() + 1) * sizeof(wchar_t)), error);
}

bool write_binary(const RegistryKey& key, const std::wstring& name,
                  const std::vector<std::uint8_t>& value, std::string& error) {
  return write_raw(key, name, REG_BINARY, value.data(), static_cast<DWORD>(value.size()), error);
}

bool delete_value(const RegistryKey& key, const std::wstring& name, std::string& error) {
  const LSTATUS status = RegDeleteKeyValueW(key.root, key.path.c_str(), name.c_str());
  if (status == ERROR_SUCCESS || status == ERROR_FILE_NOT_FOUND) return true;
  error = error_text(static_cast<unsigned long>(status));
  return false;
}

}  // namespace unknot::win32
