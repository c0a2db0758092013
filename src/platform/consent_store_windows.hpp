#pragma once
// Whether an app uses the camera or the microphone right now, from the
// CapabilityAccessManager consent store Windows keeps per user: under
// HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager
// the key ConsentStore\<webcam|microphone> holds a key per packaged app and, under
// NonPackaged, one per desktop program (its path with '#' for '\'), each with
// LastUsedTimeStart and LastUsedTimeStop (FILETIMEs). A stop of 0 means
// "in use now". This is how Windows' own privacy indicator knows.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <memory>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "platform/desk_signal.hpp"
#include "platform/registry_windows.hpp"

namespace unknot {

/// The consent store's root (tests point it at a scratch key).
inline win32::RegistryKey consent_store_root() {
  return {HKEY_CURRENT_USER,
          L"Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore"};
}

/// The apps using `capability` ("webcam", "microphone") now, by their key
/// names (packaged app ids, or program paths with '#'). Empty when none is,
/// or when the store is absent (before Windows 10 1903, or under Wine).
std::vector<std::wstring> apps_using(const std::wstring& capability,
                                     const win32::RegistryKey& root = consent_store_root());

/// "camera" (capability "webcam") or "microphone": an app using it, watched
/// with RegNotifyChangeKeyValue on the Asio loop (no polling: the consent
/// store changes when an app starts or stops using the device).
std::unique_ptr<DeskSignal> make_consent_store_signal(
    boost::asio::io_context& io, DeskEvents events, std::string source, std::wstring capability,
    win32::RegistryKey root = consent_store_root());

}  // namespace unknot
