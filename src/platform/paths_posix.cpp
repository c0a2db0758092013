// The base folders on Linux and other POSIX desktops: the XDG Base Directory
// specification, and a private runtime folder for the control socket.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/paths.hpp"

namespace unknot {

namespace fs = std::filesystem;

namespace {

/// The variable's value when it is an absolute path; the spec says relative
/// values are invalid and must be ignored.
std::optional<fs::path> absolute_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || value[0] != '/') return std::nullopt;
  return fs::path{value};
}

fs::path home() {
  if (auto h = absolute_env("HOME")) return *h;
  // A service started without HOME (some init systems) still has a passwd entry.
  if (const passwd* pw = getpwuid(getuid()); pw != nullptr && pw->pw_dir != nullptr)
    return pw->pw_dir;
  return "/";
}

}  // namespace

fs::path config_home() { return absolute_env("XDG_CONFIG_HOME").value_or(home() / ".config"); }

fs::path state_home() { return absolute_env("XDG_STATE_HOME").value_or(home() / ".local/state"); }

fs::path runtime_dir() {
  if (auto dir = absolute_env("XDG_RUNTIME_DIR")) return *dir;
  // No logind session (ssh, containers): a private folder of our own in /tmp.
  fs::path fallback = "/tmp/unknot-" + std::to_string(getuid());
  ensure_private_dir(fallback);
  return fallback;
}

std::vector<fs::path> config_dirs() {
  std::vector<fs::path> dirs;
  if (const char* value = std::getenv("XDG_CONFIG_DIRS")) {
    std::string_view rest{value};
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      const std::string_view entry = rest.substr(0, colon);
      if (!entry.empty() && entry.front() == '/') dirs.emplace_back(entry);
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  if (dirs.empty()) dirs.emplace_back("/etc/xdg");
  return dirs;
}

fs::path control_socket_path() { return runtime_dir() / "unknot" / "control.sock"; }

void ensure_private_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir.parent_path(), ec);
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    throw std::runtime_error("cannot create " + dir.string() + ": " + std::strerror(errno));
  // lstat, not stat: in a shared /tmp another user may have planted a symlink.
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0)
    throw std::runtime_error("cannot inspect " + dir.string() + ": " + std::strerror(errno));
  if (!S_ISDIR(st.st_mode) || st.st_uid != getuid())
    throw std::runtime_error(dir.string() + " is not a folder owned by this user");
  if ((st.st_mode & 0777) != 0700 && ::chmod(dir.c_str(), 0700) != 0)
    throw std::runtime_error("cannot make " + dir.string() + " private: " + std::strerror(errno));
}

}  // namespace unknot
