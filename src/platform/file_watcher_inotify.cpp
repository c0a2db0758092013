#include <utility>

#include <array>
#include <cstring>
#include <map>
#include <string>
#include <string_view>

#include <boost/asio/buffer.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <sys/inotify.h>
#include <unistd.h>

#include "platform/file_watcher.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {
constexpr uint32_t kWatchMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;

/// The folder to watch for `path`: the file's folder, or a folder itself; when
/// it does not exist yet, its nearest existing ancestor, so creating
/// ~/.config/unknot/routines later is still noticed.
std::filesystem::path watch_target(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path target =
      std::filesystem::is_directory(path, ec) ? path : path.parent_path();
  while (!target.empty() && !std::filesystem::is_directory(target, ec))
    target = target.parent_path();
  return target.empty() ? std::filesystem::path("/") : target;
}

bool is_toml(std::string_view name) {
  return name.size() > 5 && name.substr(name.size() - 5) == ".toml";
}

class InotifyWatcher : public FileWatcher {
 public:
  /// `on_change` runs on the loop, `debounce` after the last change of a burst
  /// (editors write a file in several steps: truncate, write, rename).
  InotifyWatcher(boost::asio::io_context& io, std::vector<std::filesystem::path> paths,
                 std::function<void()> on_change, std::chrono::milliseconds debounce);
  ~InotifyWatcher() override;
  InotifyWatcher(const InotifyWatcher&) = delete;
  InotifyWatcher& operator=(const InotifyWatcher&) = delete;

  /// False when inotify is unavailable (hot reload off; `unknotctl reload` still works).
  [[nodiscard]] bool active() const override { return fd_ >= 0; }

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
  std::map<int, Filter> filters_;  ///< by watch descriptor
  boost::asio::posix::stream_descriptor stream_;
  boost::asio::steady_timer debounce_timer_;
  std::array<char, 4096> buffer_{};
};

}  // namespace

InotifyWatcher::InotifyWatcher(boost::asio::io_context& io,
                               std::vector<std::filesystem::path> paths,
                               std::function<void()> on_change, std::chrono::milliseconds debounce)
    : paths_(std::move(paths)),
      on_change_(std::move(on_change)),
      debounce_(debounce),
      stream_(io),
      debounce_timer_(io) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    log_warn("inotify unavailable: config changes need `unknotctl reload`");
    return;
  }
  stream_.assign(fd_);
  add_watches();
  read_events();
}

InotifyWatcher::~InotifyWatcher() {
  boost::system::error_code ignored;
  stream_.close(ignored);  // closes fd_
}

void InotifyWatcher::add_watches() {
  // Adding a watch on a folder already watched returns its descriptor again,
  // so only watches no longer wanted are removed. Removing all and adding
  // them anew made the kernel queue an IN_IGNORED per watch, which counted as
  // a change: a reload, which re-added the watches... about 5 times a second.
  std::map<int, Filter> filters;
  for (const auto& path : paths_) {
    const auto target = watch_target(path);
    const int wd = inotify_add_watch(fd_, target.c_str(), kWatchMask);
    if (wd < 0) continue;
    // The folder holds other files too (logs, editors' swap files): only the
    // config file itself, or routine files, count as a change.
    std::error_code ec;
    Filter filter;
    if (target == path)
      filter.toml_files = true;
    else if (target == path.parent_path() && !std::filesystem::is_directory(path, ec))
      filter.names.push_back(path.filename().string());
    else
      filter.anything = true;      // an ancestor: the folder we want may appear
    Filter& merged = filters[wd];  // two paths may share a folder
    merged.anything = merged.anything || filter.anything;
    merged.toml_files = merged.toml_files || filter.toml_files;
    merged.names.insert(merged.names.end(), filter.names.begin(), filter.names.end());
  }
  for (const auto& [wd, unused] : filters_)
    if (!filters.contains(wd))
      inotify_rm_watch(fd_, wd);  // its IN_IGNORED is not ours: see relevant()
  filters_ = std::move(filters);
}

bool InotifyWatcher::relevant(const char* data, std::size_t size) const {
  std::size_t offset = 0;
  while (offset + sizeof(inotify_event) <= size) {
    inotify_event event{};
    std::memcpy(&event, data + offset, sizeof event);
    const std::string_view name =
        event.len > 0 ? std::string_view(data + offset + sizeof event) : std::string_view();
    offset += sizeof event + event.len;
    if (event.mask & IN_Q_OVERFLOW) return true;
    // Events of a watch removed by add_watches() (its IN_IGNORED) are no change.
    const auto it = filters_.find(event.wd);
    if (it == filters_.end()) continue;
    // A watched folder went away or moved: the folder to watch is elsewhere now.
    if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) return true;
    const Filter& f = it->second;
    if (f.anything || (f.toml_files && is_toml(name))) return true;
    for (const auto& wanted : f.names)
      if (name == wanted) return true;
  }
  return false;
}

void InotifyWatcher::read_events() {
  stream_.async_read_some(boost::asio::buffer(buffer_),
                          [this](const boost::system::error_code& ec, std::size_t bytes) {
                            if (ec == boost::asio::error::operation_aborted) return;
                            if (ec) {
                              log_warn("config watcher stopped: " + ec.message());
                              return;
                            }
                            if (relevant(buffer_.data(), bytes)) schedule_callback();
                            read_events();
                          });
}

void InotifyWatcher::schedule_callback() {
  debounce_timer_.expires_after(debounce_);
  debounce_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;
    add_watches();  // a folder may have appeared or been replaced
    on_change_();
  });
}

std::unique_ptr<FileWatcher> make_file_watcher(boost::asio::io_context& io,
                                               std::vector<std::filesystem::path> paths,
                                               std::function<void()> on_change,
                                               std::chrono::milliseconds debounce) {
  return std::make_unique<InotifyWatcher>(io, std::move(paths), std::move(on_change), debounce);
}

}  // namespace unknot
