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

CreateOutcome write_exclusive(const std::filesystem::path& temp, const std::string& text,
                              unsigned /*mode*/, std::string& why) {
  // CREATE_NEW: never opens a name that exists. The new file inherits the
  // folder's ACL (the profile's: the user alone).
  HANDLE file = CreateFileW(temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                            FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) {
    const DWORD code = GetLastError();
    if (code == ERROR_FILE_EXISTS || code == ERROR_ALREADY_EXISTS) return CreateOutcome::exists;
    why = last_error_text();
    return CreateOutcome::failed;
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
  if (!ok) DeleteFileW(temp.c_str());
  return ok ? CreateOutcome::written : CreateOutcome::failed;
}

// Windows keeps no POSIX mode: the ACL comes from the folder.
std::optional<unsigned> regular_file_mode(const std::filesystem::path&) { return std::nullopt; }

// NTFS journals its metadata: the rename (MoveFileExW) is durable on its own.
void sync_folder(const std::filesystem::path&) {}

}  // namespace unknot
