#pragma once
// Watches the config file and routine folders on Windows with
// ReadDirectoryChangesW, completed through the Asio loop's I/O completion
// port (no thread, no polling), and calls back once per burst of changes:
// the Windows counterpart of the daemon's inotify watcher.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

namespace unknot {

/// One watcher for every folder that holds a watched path.
class WindowsConfigWatcher {
 public:
  /// Watches `paths` (files: their folder, for that name; folders: their
  /// *.toml files; a missing one: its nearest existing ancestor, for
  /// anything). `on_change` runs on the loop `debounce` after a burst.
  WindowsConfigWatcher(boost::asio::io_context& io, std::vector<std::filesystem::path> paths,
                       std::function<void()> on_change,
                       std::chrono::milliseconds debounce = std::chrono::milliseconds{200});
  ~WindowsConfigWatcher();
  WindowsConfigWatcher(const WindowsConfigWatcher&) = delete;
  WindowsConfigWatcher& operator=(const WindowsConfigWatcher&) = delete;

  /// False when no folder could be watched (`unknotctl reload` still works).
  [[nodiscard]] bool active() const;

 private:
  struct Folder;
  void watch_all();
  void arm(const std::shared_ptr<Folder>& folder);
  void changed(const Folder& folder, const void* data, std::size_t size);
  void schedule_callback();

  boost::asio::io_context& io_;
  std::vector<std::filesystem::path> paths_;
  std::function<void()> on_change_;
  std::chrono::milliseconds debounce_;
  std::vector<std::shared_ptr<Folder>> folders_;
  boost::asio::steady_timer debounce_timer_;
  bool rewatch_ = false;  ///< a watched folder appeared or vanished: watch afresh
};

}  // namespace unknot
