#include "platform/config_watcher_windows.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <system_error>

#include <boost/asio/windows/overlapped_ptr.hpp>
#include <boost/asio/windows/random_access_handle.hpp>
#include <windows.h>

#include "platform/log.hpp"

namespace unknot {

namespace fs = std::filesystem;

/// One watched folder: its handle on the loop's completion port, which
/// names in it matter, and the buffer the system fills.
struct WindowsConfigWatcher::Folder {
  Folder(boost::asio::io_context& io, HANDLE handle) : handle(io, handle) {}
  boost::asio::windows::random_access_handle handle;
  fs::path path;
  bool anything = false;            ///< an ancestor of a missing path: any change
  bool toml_files = false;          ///< a routine folder: *.toml
  std::vector<std::wstring> names;  ///< a file's folder: these names (lower case)
  alignas(DWORD) std::array<unsigned char, 16 * 1024> buffer{};
};

namespace {

std::wstring lower(std::wstring text) {
  // NTFS names compare without case.
  CharLowerBuffW(text.data(), static_cast<DWORD>(text.size()));
  return text;
}

bool ends_with_toml(const std::wstring& name) {
  return name.size() > 5 && name.compare(name.size() - 5, 5, L".toml") == 0;
}

/// The folder to watch for `path` and how (see the constructor).
struct Target {
  fs::path folder;
  bool anything = false, toml_files = false;
  std::wstring name;
};

Target target_for(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return {path, false, true, {}};
  if (fs::is_directory(path.parent_path(), ec))
    return {path.parent_path(), false, false, lower(path.filename().wstring())};
  fs::path ancestor = path.parent_path();
  while (!ancestor.empty() && ancestor != ancestor.parent_path() && !fs::is_directory(ancestor, ec))
    ancestor = ancestor.parent_path();
  return {ancestor, true, false, {}};
}

}  // namespace

WindowsConfigWatcher::WindowsConfigWatcher(boost::asio::io_context& io, std::vector<fs::path> paths,
                                           std::function<void()> on_change,
                                           std::chrono::milliseconds debounce)
    : io_(io),
      paths_(std::move(paths)),
      on_change_(std::move(on_change)),
      debounce_(debounce),
      debounce_timer_(io) {
  watch_all();
}

WindowsConfigWatcher::~WindowsConfigWatcher() {
  for (auto& folder : folders_) {
    boost::system::error_code ignored;
    folder->handle.close(ignored);  // cancels the pending read
  }
}

bool WindowsConfigWatcher::active() const { return !folders_.empty(); }

void WindowsConfigWatcher::watch_all() {
  for (auto& folder : folders_) {
    boost::system::error_code ignored;
    folder->handle.close(ignored);
  }
  folders_.clear();
  for (const fs::path& path : paths_) {
    const Target target = target_for(path);
    if (target.folder.empty()) continue;
    auto existing = std::find_if(folders_.begin(), folders_.end(),
                                 [&](const auto& f) { return f->path == target.folder; });
    std::shared_ptr<Folder> folder;
    if (existing != folders_.end()) {
      folder = *existing;
    } else {
      HANDLE handle =
          CreateFileW(target.folder.c_str(), FILE_LIST_DIRECTORY,
                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                      OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED, nullptr);
      if (handle == INVALID_HANDLE_VALUE) {
        log_warn("cannot watch " + target.folder.string() + " for config changes");
        continue;
      }
      folder = std::make_shared<Folder>(io_, handle);
      folder->path = target.folder;
      folders_.push_back(folder);
    }
    folder->anything = folder->anything || target.anything;
    folder->toml_files = folder->toml_files || target.toml_files;
    if (!target.name.empty()) folder->names.push_back(target.name);
  }
  for (auto& folder : folders_) arm(folder);
}

void WindowsConfigWatcher::arm(const std::shared_ptr<Folder>& folder) {
  // The handler holds the folder, so the buffer the system writes into lives
  // until the read completes, even when the watcher is gone by then (an
  // aborted read touches nothing else).
  boost::asio::windows::overlapped_ptr overlapped(
      io_, [this, folder](boost::system::error_code ec, std::size_t size) {
        if (ec == boost::asio::error::operation_aborted || !folder->handle.is_open()) return;
        if (ec) {  // the folder itself went away: watch afresh
          rewatch_ = true;
          schedule_callback();
          return;
        }
        // size 0: the system's buffer overflowed; something changed anyway.
        changed(*folder, folder->buffer.data(), size);
        if (folder->handle.is_open()) arm(folder);
      });
  const DWORD filter = FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME |
                       FILE_NOTIFY_CHANGE_LAST_WRITE | FILE_NOTIFY_CHANGE_SIZE;
  const BOOL ok = ReadDirectoryChangesW(folder->handle.native_handle(), folder->buffer.data(),
                                        static_cast<DWORD>(folder->buffer.size()), FALSE, filter,
                                        nullptr, overlapped.get(), nullptr);
  if (!ok) {
    overlapped.complete(boost::system::error_code(static_cast<int>(GetLastError()),
                                                  boost::asio::error::get_system_category()),
                        0);
    return;
  }
  overlapped.release();
}

void WindowsConfigWatcher::changed(const Folder& folder, const void* data, std::size_t size) {
  bool relevant = folder.anything || size == 0;
  const auto* bytes = static_cast<const unsigned char*>(data);
  for (std::size_t offset = 0; !relevant && offset < size;) {
    const auto* info = reinterpret_cast<const FILE_NOTIFY_INFORMATION*>(bytes + offset);
    const std::wstring name =
        lower(std::wstring{info->FileName, info->FileNameLength / sizeof(wchar_t)});
    relevant = (folder.toml_files && ends_with_toml(name)) ||
               std::find(folder.names.begin(), folder.names.end(), name) != folder.names.end();
    if (info->NextEntryOffset == 0) break;
    offset += info->NextEntryOffset;
  }
  if (!relevant) return;
  // A missing folder on the way to a watched path may have appeared.
  if (folder.anything) rewatch_ = true;
  schedule_callback();
}

void WindowsConfigWatcher::schedule_callback() {
  debounce_timer_.expires_after(debounce_);
  debounce_timer_.async_wait([this](boost::system::error_code ec) {
    if (ec) return;
    if (std::exchange(rewatch_, false)) watch_all();
    if (on_change_) on_change_();
  });
}

}  // namespace unknot
