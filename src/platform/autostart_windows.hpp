#pragma once
// "Start at login" on Windows: the value "Unknot" under the Run key of the
// user (HKCU\Software\Microsoft\Windows\CurrentVersion\Run). An installer may
// add one for every user (the same value under HKLM); the user turns that one
// off as Task Manager does, through Explorer's StartupApproved\Run mark,
// never by deleting the machine's entry: the counterpart of Hidden=true over
// /etc/xdg/autostart on Linux.
#include <filesystem>
#include <string>

#include "platform/registry_windows.hpp"

namespace unknot {

/// Where the Run entries and their approval marks live (tests use scratch keys).
struct RunKeys {
  win32::RegistryKey user_run{HKEY_CURRENT_USER,
                              L"Software\\Microsoft\\Windows\\CurrentVersion\\Run"};
  win32::RegistryKey machine_run{HKEY_LOCAL_MACHINE,
                                 L"Software\\Microsoft\\Windows\\CurrentVersion\\Run"};
  win32::RegistryKey user_approved{
      HKEY_CURRENT_USER,
      L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run"};
  std::wstring value_name = L"Unknot";
};

/// The command line of the Run entry for `daemon`: the quoted path.
std::wstring run_command(const std::filesystem::path& daemon);

/// Whether the daemon starts at login: a user or machine entry that the
/// user has not marked disabled.
bool windows_autostart_enabled(const RunKeys& keys = {});

/// On: writes the user's entry and clears a "disabled" mark. Off: removes the
/// user's entry and, when the machine's entry would still start it, marks
/// that disabled. False with `error` set on failure.
bool set_windows_autostart(bool on, const std::filesystem::path& daemon, std::string& error,
                           const RunKeys& keys = {});

}  // namespace unknot
