#include "platform/named_pipe_windows.hpp"
#include <utility>

#include <windows.h>
// after windows.h
#include <sddl.h>

namespace unknot::win32 {

Handle::Handle(void* handle) : handle_(handle == INVALID_HANDLE_VALUE ? nullptr : handle) {}
Handle::~Handle() {
  if (handle_ != nullptr) CloseHandle(handle_);
}
Handle::Handle(Handle&& other) noexcept : handle_(other.release()) {}
Handle& Handle::operator=(Handle&& other) noexcept {
  if (this != &other) {
    if (handle_ != nullptr) CloseHandle(handle_);
    handle_ = other.release();
  }
  return *this;
}
void* Handle::release() { return std::exchange(handle_, nullptr); }

namespace {

/// The SID of the user of `token` as text; empty on failure.
std::wstring token_user_sid(HANDLE token) {
  alignas(TOKEN_USER) unsigned char buffer[256];
  DWORD size = 0;
  if (!GetTokenInformation(token, TokenUser, buffer, sizeof buffer, &size)) return {};
  wchar_t* text = nullptr;
  if (!ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer)->User.Sid, &text)) return {};
  std::wstring sid{text};
  LocalFree(text);
  return sid;
}

/// The user SID of process `pid`; empty when it cannot be read.
std::wstring process_user_sid(DWORD pid) {
  Handle process{OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid)};
  if (!process) return {};
  HANDLE token = nullptr;
  if (!OpenProcessToken(process.get(), TOKEN_QUERY, &token)) return {};
  Handle owned{token};
  return token_user_sid(token);
}

constexpr DWORD kBufferSize = 64 * 1024;

}  // namespace

std::wstring current_user_sid_text() { return process_user_sid(GetCurrentProcessId()); }

std::wstring owner_only_sddl() {
  const std::wstring sid = current_user_sid_text();
  if (sid.empty()) return {};
  // Protected DACL (P: nothing inherited), one entry: generic all for the user.
  return L"O:" + sid + L"D:P(A;;GA;;;" + sid + L")";
}

Handle create_pipe_server(const std::filesystem::path& name, bool first, unsigned long& error) {
  const std::wstring sddl = owner_only_sddl();
  PSECURITY_DESCRIPTOR descriptor = nullptr;
  if (sddl.empty() || !ConvertStringSecurityDescriptorToSecurityDescriptorW(
                          sddl.c_str(), SDDL_REVISION_1, &descriptor, nullptr)) {
    error = GetLastError();
    return {};
  }
  SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
  DWORD open_mode = PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED;
  if (first) open_mode |= FILE_FLAG_FIRST_PIPE_INSTANCE;
  Handle pipe{
      CreateNamedPipeW(name.c_str(), open_mode,
                       PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
                       PIPE_UNLIMITED_INSTANCES, kBufferSize, kBufferSize, 0, &attributes)};
  error = pipe ? 0 : GetLastError();
  LocalFree(descriptor);
  return pipe;
}

Handle open_pipe_client(const std::filesystem::path& name, unsigned timeout_ms,
                        unsigned long& error) {
  const ULONGLONG deadline = GetTickCount64() + timeout_ms;
  for (;;) {
    Handle pipe{CreateFileW(name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                            FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION,
                            nullptr)};
    if (pipe) {
      error = 0;
      return pipe;
    }
    error = GetLastError();
    const ULONGLONG now = GetTickCount64();
    if (error != ERROR_PIPE_BUSY || now >= deadline) return {};
    // Every instance is serving someone: wait for the server's next one.
    WaitNamedPipeW(name.c_str(), static_cast<DWORD>(deadline - now));
  }
}

bool pipe_is_served(const std::filesystem::path& name) {
  Handle probe{CreateFileW(name.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING,
                           SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr)};
  return probe || GetLastError() == ERROR_PIPE_BUSY;
}

bool client_is_same_user(void* pipe) {
  ULONG pid = 0;
  if (!GetNamedPipeClientProcessId(pipe, &pid)) return false;
  const std::wstring client = process_user_sid(pid);
  return !client.empty() && client == current_user_sid_text();
}

}  // namespace unknot::win32
