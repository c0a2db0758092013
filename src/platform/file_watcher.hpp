#pragma once
// Watching the config file and routine folders for changes, behind a small
// interface so each OS has its own backend file.
#include <utility>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include <boost/asio/io_context.hpp>

namespace unknot {

/// Watches files and folders and says when any of them changed.
class FileWatcher {
 public:
  virtual ~FileWatcher() = default;
  /// False when the system offers no watching (hot reload off; `unknotctl
  /// reload` still works).
  [[nodiscard]] virtual bool active() const = 0;
};

/// Watches `paths` (a file: its name in its folder; a folder: the *.toml in
/// it; either one missing: its nearest existing ancestor, so creating it
/// later counts) through the Asio loop: no thread, no polling. `on_change`
/// runs on the loop, `debounce` after the last change of a burst (editors
/// write a file in several steps: truncate, write, rename). One backend per
/// OS: inotify on Linux (file_watcher_inotify.cpp).
std::unique_ptr<FileWatcher> make_file_watcher(
    boost::asio::io_context& io, std::vector<std::filesystem::path> paths,
    std::function<void()> on_change,
    std::chrono::milliseconds debounce = std::chrono::milliseconds{200});

}  // namespace unknot
