// "camera": a video device held open by one of the user's own processes. No
// API says "the camera is in use", but every video call keeps its device
// open, and /proc shows that to the device's user without privileges.
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <system_error>

#include <glib.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/desk_signal.hpp"
#include "platform/log.hpp"

namespace unknot {
namespace {

namespace fs = std::filesystem;

/// The device files matching `pattern`, canonical (as /proc links show them).
std::set<std::string> camera_devices(const std::string& pattern) {
  std::set<std::string> devices;
  glob_t found{};
  if (::glob(pattern.c_str(), 0, nullptr, &found) == 0) {
    for (std::size_t i = 0; i < found.gl_pathc; ++i) {
      std::error_code ec;
      const fs::path path = fs::canonical(found.gl_pathv[i], ec);
      if (!ec) devices.insert(path.string());
    }
  }
  ::globfree(&found);
  return devices;
}

/// Whether process `pid_dir` (/proc/<pid>) has one of `devices` open.
bool holds_any(const fs::path& pid_dir, const std::set<std::string>& devices) {
  std::error_code ec;
  for (fs::directory_iterator fd{pid_dir / "fd", ec}, end; !ec && fd != end; fd.increment(ec)) {
    std::error_code link_ec;
    const fs::path target = fs::read_symlink(fd->path(), link_ec);
    if (!link_ec && devices.contains(target.string())) return true;
  }
  return false;
}

/// Whether any process of our uid holds one of `devices` open.
bool camera_in_use(const std::set<std::string>& devices) {
  if (devices.empty()) return false;
  const uid_t uid = ::getuid();
  std::error_code ec;
  for (fs::directory_iterator entry{"/proc", ec}, end; !ec && entry != end; entry.increment(ec)) {
    const std::string name = entry->path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    struct stat info {};
    // Other users' fd folders are unreadable anyway; skip them without trying.
    if (::stat(entry->path().c_str(), &info) != 0 || info.st_uid != uid) continue;
    if (holds_any(entry->path(), devices)) return true;
  }
  return false;
}

class CameraSignal final : public DeskSignal {
 public:
  CameraSignal(DeskEvents events, CameraOptions options)
      : events_(std::move(events)), options_(std::move(options)) {}
  ~CameraSignal() override { cancel_timer(); }

  [[nodiscard]] std::string_view name() const override { return "camera"; }

  void start() override {
    if (timer_ != 0) return;
    scan();
  }

  void stop() override {
    cancel_timer();
    report(false);
  }

 private:
  static gboolean on_timer(gpointer self) {
    auto* camera = static_cast<CameraSignal*>(self);
    camera->timer_ = 0;  // scan() arms the next one
    camera->scan();
    return G_SOURCE_REMOVE;
  }

  /// Scans, then arms the next scan: often while a camera exists, rarely
  /// while none does. Devices come and go (USB cameras), so the glob is read
  /// every time.
  void scan() {
    const auto devices = camera_devices(options_.device_glob);
    report(!devices.empty() && camera_in_use(devices));
    const auto next = devices.empty() ? std::max(options_.interval, options_.no_device_interval)
                                      : options_.interval;
    timer_ = g_timeout_add_seconds(static_cast<guint>(std::max<long>(1, next.count())),
                                   &CameraSignal::on_timer, this);
  }

  void report(bool active) {
    if (active == active_) return;
    active_ = active;
    log_debug(active ? "camera in use: meeting" : "camera released");
    if (events_.meeting) events_.meeting("camera", active);
  }

  void cancel_timer() {
    if (timer_ != 0) g_source_remove(timer_);
    timer_ = 0;
  }

  DeskEvents events_;
  CameraOptions options_;
  guint timer_ = 0;
  bool active_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_camera_signal(DeskEvents events, CameraOptions options) {
  return std::make_unique<CameraSignal>(std::move(events), std::move(options));
}

}  // namespace unknot
