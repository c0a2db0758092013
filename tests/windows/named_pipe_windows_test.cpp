// The control channel's named pipe: the owner alone, one server, lines both ways.
#include <windows.h>
// after windows.h
#include <string>
#include <thread>

#include <aclapi.h>
#include <catch2/catch.hpp>
#include <sddl.h>

#include "platform/named_pipe_windows.hpp"

using namespace unknot::win32;

namespace {

std::filesystem::path test_pipe_name(const char* tag) {
  return L"\\\\.\\pipe\\unknot-test-" + std::to_wstring(GetCurrentProcessId()) + L"-" +
         std::filesystem::path{tag}.wstring();
}

/// The pipe's DACL as SDDL, read back from the server handle.
std::wstring dacl_of(HANDLE pipe) {
  PSECURITY_DESCRIPTOR descriptor = nullptr;
  PACL dacl = nullptr;
  if (GetSecurityInfo(pipe, SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl,
                      nullptr, &descriptor) != ERROR_SUCCESS)
    return {};
  wchar_t* text = nullptr;
  std::wstring sddl;
  if (ConvertSecurityDescriptorToStringSecurityDescriptorW(
          descriptor, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, &text, nullptr)) {
    sddl = text;
    LocalFree(text);
  }
  LocalFree(descriptor);
  return sddl;
}

/// Waits for a client on an overlapped server handle.
bool wait_for_client(HANDLE pipe) {
  OVERLAPPED overlapped{};
  overlapped.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  bool connected = ConnectNamedPipe(pipe, &overlapped) != 0;
  if (!connected) {
    const DWORD error = GetLastError();
    DWORD ignored = 0;
    connected =
        error == ERROR_PIPE_CONNECTED ||
        (error == ERROR_IO_PENDING && GetOverlappedResult(pipe, &overlapped, &ignored, TRUE));
  }
  CloseHandle(overlapped.hEvent);
  return connected;
}

}  // namespace

TEST_CASE("the pipe's security descriptor grants its owner alone", "[pipe][windows]") {
  const std::wstring sid = current_user_sid_text();
  REQUIRE(sid.rfind(L"S-1-", 0) == 0);
  CHECK(owner_only_sddl() == L"O:" + sid + L"D:P(A;;GA;;;" + sid + L")");

  unsigned long error = 0;
  Handle server = create_pipe_server(test_pipe_name("acl"), true, error);
  REQUIRE(server);
  const std::wstring dacl = dacl_of(server.get());
  INFO("DACL read back: " << std::string(dacl.begin(), dacl.end()));
  // One allow entry, for this user; nothing for Everyone (WD) or others.
  CHECK(dacl.find(sid) != std::wstring::npos);
  CHECK(dacl.find(L";;;WD)") == std::wstring::npos);
  CHECK(dacl.find(L";;;BU)") == std::wstring::npos);
}

TEST_CASE("a second server of the same name learns that one already runs", "[pipe][windows]") {
  unsigned long error = 0;
  const auto name = test_pipe_name("single");
  CHECK_FALSE(pipe_is_served(name));
  Handle first = create_pipe_server(name, true, error);
  REQUIRE(first);
  // What a second daemon asks before it starts (Windows also refuses it a
  // FILE_FLAG_FIRST_PIPE_INSTANCE server; Wine 8 does not).
  CHECK(pipe_is_served(name));
  // The running daemon itself may add instances for more clients.
  Handle more = create_pipe_server(name, false, error);
  CHECK(more);
}

TEST_CASE("without a server a client is told nobody listens", "[pipe][windows]") {
  unsigned long error = 0;
  Handle client = open_pipe_client(test_pipe_name("nobody"), 100, error);
  CHECK_FALSE(client);
  CHECK(error == ERROR_FILE_NOT_FOUND);
}

TEST_CASE("a client of the same user connects and a line goes both ways", "[pipe][windows]") {
  unsigned long error = 0;
  const auto name = test_pipe_name("talk");
  Handle server = create_pipe_server(name, true, error);
  REQUIRE(server);
  std::string reply;
  std::thread client_thread([&] {
    unsigned long client_error = 0;
    Handle client = open_pipe_client(name, 2000, client_error);
    if (!client) return;
    // A synchronous exchange on the overlapped handle: event-signalled OVERLAPPEDs.
    OVERLAPPED overlapped{};
    overlapped.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    const char request[] = "{\"cmd\":\"status\"}\n";
    DWORD n = 0;
    if (!WriteFile(client.get(), request, sizeof request - 1, nullptr, &overlapped))
      GetOverlappedResult(client.get(), &overlapped, &n, TRUE);
    char buffer[64] = {};
    ResetEvent(overlapped.hEvent);
    if (!ReadFile(client.get(), buffer, sizeof buffer, nullptr, &overlapped))
      GetOverlappedResult(client.get(), &overlapped, &n, TRUE);
    else
      GetOverlappedResult(client.get(), &overlapped, &n, FALSE);
    reply.assign(buffer, n);
    CloseHandle(overlapped.hEvent);
  });
  REQUIRE(wait_for_client(server.get()));
  CHECK(client_is_same_user(server.get()));
  OVERLAPPED overlapped{};
  overlapped.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  char buffer[64] = {};
  DWORD n = 0;
  if (!ReadFile(server.get(), buffer, sizeof buffer, nullptr, &overlapped))
    GetOverlappedResult(server.get(), &overlapped, &n, TRUE);
  else
    GetOverlappedResult(server.get(), &overlapped, &n, FALSE);
  CHECK(std::string(buffer, n) == "{\"cmd\":\"status\"}\n");
  const char answer[] = "{\"ok\":true}\n";
  ResetEvent(overlapped.hEvent);
  if (!WriteFile(server.get(), answer, sizeof answer - 1, nullptr, &overlapped))
    GetOverlappedResult(server.get(), &overlapped, &n, TRUE);
  client_thread.join();
  CloseHandle(overlapped.hEvent);
  CHECK(reply == "{\"ok\":true}\n");
}
