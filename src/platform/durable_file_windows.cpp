#include <algorithm>
#include <string>

#include <windows.h>

#include "platform/durable_file.hpp"

namespace unknot {

namespace {

std::string last_error_text() {
  const DWORD code = GetLastError();
  char buffer[256] = {};
  const DWORD n = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                 nullptr, code, 0, buffer, sizeof buffer, nullptr);
  std::string text{buffer, n};
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == '.'))
    text.pop_back();
  return text.empty() ? "error " + std::to_string(code) : text;
}

}  // namespace

bool write_durably(const std::filesystem::path& temp, const std::string& text, std::string& why) {
  // The new file inherits the folder's ACL (the profile's: the user alone).
  HANDLE file = CreateFileW(temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                            FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) {
    why = last_error_text();
    return false;
  }
  std::size_t done = 0;
  bool ok = true;
  while (ok && done < text.size()) {
    DWORD n = 0;
    const auto chunk = static_cast<DWORD>(std::min<std::size_t>(text.size() - done, 1u << 20));
    ok = WriteFile(file, text.data() + done, chunk, &n, nullptr) != 0 && n > 0;
    done += n;
  }
  ok = ok && FlushFileBuffers(file) != 0;
  if (!ok) why = last_error_text();
  CloseHandle(file);
  return ok;
}

// NTFS journals its metadata: the rename (MoveFileExW) is durable on its own.
void sync_folder(const std::filesystem::path&) {}

unsigned long current_process_id() { return GetCurrentProcessId(); }

}  // namespace unknot
