// Start at login through the Run key, against scratch keys of the test's own.
#include "platform/autostart_windows.hpp"

#include <catch2/catch.hpp>
#include <windows.h>

using unknot::RunKeys;

namespace {

/// Run keys under HKCU\Software\UnknotTests\<pid>, removed afterwards.
struct ScratchRunKeys {
  ScratchRunKeys() {
    const std::wstring base = L"Software\\UnknotTests\\" + std::to_wstring(GetCurrentProcessId());
    root = base;
    keys.user_run = {HKEY_CURRENT_USER, base + L"\\UserRun"};
    keys.machine_run = {HKEY_CURRENT_USER, base + L"\\MachineRun"};
    keys.user_approved = {HKEY_CURRENT_USER, base + L"\\Approved"};
  }
  ~ScratchRunKeys() { RegDeleteTreeW(HKEY_CURRENT_USER, root.c_str()); }
  std::wstring root;
  RunKeys keys;
};

const std::filesystem::path kDaemon = L"C:\\Program Files\\Unknot\\bin\\unknot.exe";

}  // namespace

TEST_CASE("turning start at login on writes the user's Run entry, off removes it",
          "[autostart][windows]") {
  ScratchRunKeys scratch;
  std::string error;
  CHECK_FALSE(unknot::windows_autostart_enabled(scratch.keys));
  REQUIRE(unknot::set_windows_autostart(true, kDaemon, error, scratch.keys));
  CHECK(unknot::windows_autostart_enabled(scratch.keys));
  // Quoted: the path has a space, and Windows would otherwise run C:\Program.
  CHECK(unknot::win32::read_string(scratch.keys.user_run, L"Unknot") ==
        L"\"C:\\Program Files\\Unknot\\bin\\unknot.exe\"");
  REQUIRE(unknot::set_windows_autostart(false, kDaemon, error, scratch.keys));
  CHECK_FALSE(unknot::windows_autostart_enabled(scratch.keys));
  CHECK_FALSE(unknot::win32::read_string(scratch.keys.user_run, L"Unknot"));
  CHECK_FALSE(unknot::win32::read_binary(scratch.keys.user_approved, L"Unknot"));
}

TEST_CASE("an installer's machine-wide entry is turned off for the user, not deleted",
          "[autostart][windows]") {
  ScratchRunKeys scratch;
  std::string error;
  REQUIRE(unknot::win32::write_string(scratch.keys.machine_run, L"Unknot",
                                      unknot::run_command(kDaemon), error));
  CHECK(unknot::windows_autostart_enabled(scratch.keys));
  REQUIRE(unknot::set_windows_autostart(false, kDaemon, error, scratch.keys));
  CHECK_FALSE(unknot::windows_autostart_enabled(scratch.keys));
  CHECK(unknot::win32::read_string(scratch.keys.machine_run, L"Unknot"));  // left alone
  const auto mark = unknot::win32::read_binary(scratch.keys.user_approved, L"Unknot");
  REQUIRE(mark);
  CHECK(mark->size() == 12);
  CHECK((*mark)[0] == 0x03);  // what Task Manager writes for "Disabled"
  // On again: the mark says enabled.
  REQUIRE(unknot::set_windows_autostart(true, kDaemon, error, scratch.keys));
  CHECK(unknot::windows_autostart_enabled(scratch.keys));
  CHECK((*unknot::win32::read_binary(scratch.keys.user_approved, L"Unknot"))[0] == 0x02);
}
