// Camera and microphone in use, from the consent store's registry layout.
// Wine keeps no consent store of its own: the test writes the keys Windows
// writes (a scratch copy of the layout under HKCU) and reads them with the
// real registry calls.
#include <windows.h>

#include <catch2/catch.hpp>

#include "platform/consent_store_windows.hpp"

using unknot::win32::RegistryKey;

namespace {

struct ScratchStore {
  ScratchStore() : root{HKEY_CURRENT_USER, L"Software\\UnknotTests\\ConsentStore" +
                                               std::to_wstring(GetCurrentProcessId())} {}
  ~ScratchStore() { RegDeleteTreeW(HKEY_CURRENT_USER, root.path.c_str()); }
  /// An app's key with its last use times (FILETIMEs; 0 = not stopped).
  void app(const std::wstring& relative, unsigned long long start, unsigned long long stop) const {
    HKEY key = nullptr;
    REQUIRE(RegCreateKeyExW(HKEY_CURRENT_USER, (root.path + L"\\" + relative).c_str(), 0, nullptr,
                            0, KEY_SET_VALUE, nullptr, &key, nullptr) == ERROR_SUCCESS);
    RegSetValueExW(key, L"LastUsedTimeStart", 0, REG_QWORD, reinterpret_cast<const BYTE*>(&start),
                   8);
    RegSetValueExW(key, L"LastUsedTimeStop", 0, REG_QWORD, reinterpret_cast<const BYTE*>(&stop), 8);
    RegCloseKey(key);
  }
  RegistryKey root;
};

constexpr unsigned long long kMonday = 133'500'000'000'000'000ULL;  // a FILETIME in 2024

}  // namespace

TEST_CASE("a desktop program holding the camera is seen, one that let go is not",
          "[meeting][camera][windows]") {
  ScratchStore store;
  store.app(L"webcam\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe", kMonday, 0);
  store.app(L"webcam\\NonPackaged\\C:#Windows#System32#Camera.exe", kMonday, kMonday + 600);
  CHECK(unknot::apps_using(L"webcam", store.root) ==
        std::vector<std::wstring>{L"C:#Program Files#Zoom#bin#Zoom.exe"});
}

TEST_CASE("a packaged app on the microphone is seen, one never used is not",
          "[meeting][microphone][windows]") {
  ScratchStore store;
  store.app(L"microphone\\MicrosoftTeams_8wekyb3d8bbwe", kMonday, 0);
  store.app(L"microphone\\Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe", 0, 0);
  CHECK(unknot::apps_using(L"microphone", store.root) ==
        std::vector<std::wstring>{L"MicrosoftTeams_8wekyb3d8bbwe"});
  CHECK(unknot::apps_using(L"webcam", store.root).empty());
}

TEST_CASE("without a consent store nothing is in use", "[meeting][windows]") {
  CHECK(unknot::apps_using(L"webcam", {HKEY_CURRENT_USER, L"Software\\UnknotTests\\Absent"})
            .empty());
}
