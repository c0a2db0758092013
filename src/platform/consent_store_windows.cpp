#include "platform/consent_store_windows.hpp"

namespace unknot {

namespace {

/// An app key whose last use started and has not stopped.
bool in_use(const win32::RegistryKey& app) {
  const auto start = win32::read_qword(app, L"LastUsedTimeStart");
  const auto stop = win32::read_qword(app, L"LastUsedTimeStop");
  return start && *start != 0 && stop && *stop == 0;
}

}  // namespace

std::vector<std::wstring> apps_using(const std::wstring& capability,
                                     const win32::RegistryKey& root) {
  std::vector<std::wstring> users;
  const win32::RegistryKey store = root.child(capability);
  for (const std::wstring& app : win32::subkeys(store)) {
    if (app == L"NonPackaged") {
      for (const std::wstring& program : win32::subkeys(store.child(app)))
        if (in_use(store.child(app).child(program))) users.push_back(program);
    } else if (in_use(store.child(app))) {
      users.push_back(app);
    }
  }
  return users;
}

}  // namespace unknot
