#include <string>

#include <windows.h>

#include "platform/executable_path.hpp"

namespace unknot {

std::filesystem::path executable_path() {
  // Long paths (\\?\...) can exceed MAX_PATH: grow until the name fits.
  std::wstring buffer(MAX_PATH, L'\0');
  for (;;) {
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (n == 0) return {};
    if (n < buffer.size()) {
      buffer.resize(n);
      return std::filesystem::path{buffer};
    }
    buffer.resize(buffer.size() * 2);
  }
}

}  // namespace unknot
