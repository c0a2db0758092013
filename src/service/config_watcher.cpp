#include "service/config_watcher.hpp"

#include <boost/asio/buffer.hpp>
#include <sys/inotify.h>
#include <unistd.h>

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
}  // namespace

ConfigWatcher::ConfigWatcher(boost::asio::io_context& io, std::vector<std::filesystem::path> paths,
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

ConfigWatcher::~ConfigWatcher() {
  boost::system::error_code ignored;
  stream_.close(ignored);  // closes fd_
}

void ConfigWatcher::add_watches() {
  for (int wd : watches_) inotify_rm_watch(fd_, wd);
  watches_.clear();
  for (const auto& path : paths_) {
    const int wd = inotify_add_watch(fd_, watch_target(path).c_str(), kWatchMask);
    if (wd >= 0) watches_.push_back(wd);
  }
}

void ConfigWatcher::read_events() {
  stream_.async_read_some(boost::asio::buffer(buffer_),
                          [this](const boost::system::error_code& ec, std::size_t) {
                            if (ec == boost::asio::error::operation_aborted) return;
                            if (ec) {
                              log_warn("config watcher stopped: " + ec.message());
                              return;
                            }
                            schedule_callback();
                            read_events();
                          });
}

void ConfigWatcher::schedule_callback() {
  debounce_timer_.expires_after(debounce_);
  debounce_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;
    add_watches();  // a folder may have appeared or been replaced
    on_change_();
  });
}

}  // namespace unknot
