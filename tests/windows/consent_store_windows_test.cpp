// Camera and microphone in use, from the consent store's registry layout.
// Wine keeps no consent store of its own: the test writes the keys Windows
// writes (a scratch copy of the layout under HKCU) and reads them with the
// real registry calls.
#include <utility>

#include <boost/asio/io_context.hpp>
#include <catch2/catch.hpp>
#include <windows.h>

#include "platform/consent_store_windows.hpp"

using unknot::win32::RegistryKey;

namespace {

struct ScratchStore {
  ScratchStore()
      : root{HKEY_CURRENT_USER,
             L"Software\\UnknotTests\\ConsentStore" + std::to_wstring(GetCurrentProcessId())} {}
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
  CHECK(
      unknot::apps_using(L"webcam", {HKEY_CURRENT_USER, L"Software\\UnknotTests\\Absent"}).empty());
}

TEST_CASE("the camera signal follows the store as an app opens and lets go of the camera",
          "[meeting][camera][windows]") {
  using namespace std::chrono_literals;
  ScratchStore store;
  store.app(L"webcam\\NonPackaged\\C:#Apps#Call.exe", kMonday, kMonday + 10);  // used before
  boost::asio::io_context io;
  std::vector<std::pair<std::string, bool>> seen;
  unknot::DeskEvents events;
  events.meeting = [&](const std::string& source, bool on) { seen.emplace_back(source, on); };
  auto signal = unknot::make_consent_store_signal(io, events, "camera", L"webcam", store.root);
  CHECK(signal->name() == "camera");
  signal->start();
  CHECK(seen.empty());
  auto run_until = [&](std::size_t count) {
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (seen.size() < count && std::chrono::steady_clock::now() < deadline) io.run_for(50ms);
    io.restart();
  };
  store.app(L"webcam\\NonPackaged\\C:#Apps#Call.exe", kMonday + 20, 0);  // the call starts
  run_until(1);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0] == std::pair<std::string, bool>{"camera", true});
  store.app(L"webcam\\NonPackaged\\C:#Apps#Call.exe", kMonday + 20, kMonday + 90);  // it ends
  run_until(2);
  REQUIRE(seen.size() == 2);
  CHECK(seen[1] == std::pair<std::string, bool>{"camera", false});
  signal->stop();
  CHECK(seen.size() == 2);  // nothing was active: nothing to release
}
