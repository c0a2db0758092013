#pragma once
// Watches the config file and routine folders with inotify, through the Asio
// loop (no thread, no polling), and calls back once per burst of changes.
#include <utility>

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>

namespace unknot {

class ConfigWatcher {
 public:
  /// `on_change` runs on the loop, `debounce` after the last change of a burst
  /// (editors write a file in several steps: truncate, write, rename).
  ConfigWatcher(boost::asio::io_context& io, std::vector<std::filesystem::path> paths,
                std::function<void()> on_change,
                std::chrono::milliseconds debounce = std::chrono::milliseconds{200});
  ~ConfigWatcher();
  ConfigWatcher(const ConfigWatcher&) = delete;
  ConfigWatcher& operator=(const ConfigWatcher&) = delete;

  /// False when inotify is unavailable (hot reload off; `unknotctl reload` still works).
  [[nodiscard]] bool active() const { return fd_ >= 0; }

 private:
  void add_watches();
  void read_events();
  void schedule_callback();
  /// True when a batch of inotify events touches a watched file.
  [[nodiscard]] bool relevant(const char* data, std::size_t size) const;

  /// Which names in a watched folder matter.
  struct Filter {
    bool anything = false;           ///< an ancestor folder: any change
    bool toml_files = false;         ///< a routine folder: *.toml
    std::vector<std::string> names;  ///< a file's folder: these file names
  };

  std::vector<std::filesystem::path> paths_;
  std::function<void()> on_change_;
  std::chrono::milliseconds debounce_;
  int fd_ = -1;
  std::vector<int> watches_;
  std::map<int, Filter> filters_;  ///< by watch descriptor
  boost::asio::posix::stream_descriptor stream_;
  boost::asio::steady_timer debounce_timer_;
  std::array<char, 4096> buffer_{};
};

}  // namespace unknot
