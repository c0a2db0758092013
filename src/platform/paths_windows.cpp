// The base folders on Windows: the Known Folders. %APPDATA% holds config and
// routines (roaming with the profile), %LOCALAPPDATA% history and logs (this
// machine only), %ProgramData% the administrator's policy file. A variable set
// to an absolute path wins over the Known Folder, as XDG variables do on Linux
// (Windows sets each one to its Known Folder; tests and portable setups
// redirect them).
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>

#include <windows.h>
// after windows.h
#include <aclapi.h>
#include <knownfolders.h>
#include <sddl.h>
#include <shlobj.h>

#include "platform/paths.hpp"
#include "platform/win32_text.hpp"

namespace unknot {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> absolute_env(const wchar_t* name) {
  const wchar_t* value = _wgetenv(name);
  if (value == nullptr || value[0] == L'\0') return std::nullopt;
  fs::path path{value};
  if (!path.is_absolute()) return std::nullopt;
  return path;
}

fs::path known_folder(REFKNOWNFOLDERID id) {
  wchar_t* path = nullptr;
  fs::path result;
  if (SHGetKnownFolderPath(id, KF_FLAG_DEFAULT, nullptr, &path) == S_OK) result = path;
  CoTaskMemFree(path);
  if (result.empty())
    throw std::runtime_error("the Known Folder for Unknot's files is unavailable");
  return result;
}

/// The user the process runs as, for the pipe's name.
std::wstring user_name() {
  wchar_t name[256 + 1];
  DWORD size = sizeof name / sizeof name[0];
  if (GetUserNameW(name, &size) == 0) return L"user";
  std::wstring clean{name, size > 0 ? size - 1 : 0};
  // A pipe name may hold anything but a backslash; keep it readable anyway.
  for (wchar_t& c : clean)
    if (c == L'\\' || c == L'/' || c < 0x20) c = L'_';
  return clean;
}

/// The SID of the process's user, as text ("S-1-5-21-...").
std::wstring current_user_sid() {
  HANDLE token = nullptr;
  if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return {};
  alignas(TOKEN_USER) unsigned char buffer[256];
  DWORD size = 0;
  std::wstring text;
  if (GetTokenInformation(token, TokenUser, buffer, sizeof buffer, &size)) {
    wchar_t* sid_text = nullptr;
    if (ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer)->User.Sid, &sid_text)) {
      text = sid_text;
      LocalFree(sid_text);
    }
  }
  CloseHandle(token);
  return text;
}

/// The owner of `dir` as a SID string; empty when it cannot be read.
std::wstring owner_sid(const fs::path& dir) {
  PSID owner = nullptr;
  PSECURITY_DESCRIPTOR descriptor = nullptr;
  if (GetNamedSecurityInfoW(dir.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner,
                            nullptr, nullptr, nullptr, &descriptor) != ERROR_SUCCESS)
    return {};
  std::wstring text;
  wchar_t* sid_text = nullptr;
  if (ConvertSidToStringSidW(owner, &sid_text)) {
    text = sid_text;
    LocalFree(sid_text);
  }
  LocalFree(descriptor);
  return text;
}

}  // namespace

fs::path config_home() {
  return absolute_env(L"APPDATA").value_or(known_folder(FOLDERID_RoamingAppData));
}

fs::path state_home() {
  return absolute_env(L"LOCALAPPDATA").value_or(known_folder(FOLDERID_LocalAppData));
}

fs::path runtime_dir() {
  // Windows has no per-session runtime folder: the user's own temp folder
  // (%TEMP%, under the profile, readable by the user alone).
  wchar_t buffer[MAX_PATH + 1];
  const DWORD n = GetTempPathW(MAX_PATH + 1, buffer);
  if (n == 0 || n > MAX_PATH) return state_home();
  fs::path dir = fs::path{std::wstring{buffer, n}}.lexically_normal();
  return dir.has_filename() ? dir : dir.parent_path();  // no trailing backslash
}

std::vector<fs::path> config_dirs() {
  return {absolute_env(L"ProgramData").value_or(known_folder(FOLDERID_ProgramData))};
}

fs::path control_socket_path() { return fs::path{L"\\\\.\\pipe\\unknot-" + user_name()}; }

void ensure_private_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  const DWORD attributes = GetFileAttributesW(dir.c_str());
  // A junction or symlink planted where the folder should be is refused, as
  // lstat refuses a symlink on Linux.
  if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_DIRECTORY) == 0 ||
      (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0)
    throw std::runtime_error(dir.string() + " is not a folder");
  // Folders under the profile inherit an ACL for the user, SYSTEM and the
  // administrators; what matters is that nobody else made it.
  const std::wstring owner = owner_sid(dir);
  if (!owner.empty() && owner != current_user_sid() && owner != L"S-1-5-32-544")
    throw std::runtime_error(dir.string() + " is not a folder owned by this user");
}

}  // namespace unknot
