// The control channel's endpoint on Unix: a socket file in a private folder
// (0700, ours), the socket itself 0600, peers checked by uid (SO_PEERCRED).
// The Windows port puts a named pipe with a per-user ACL behind the same
// functions (control_endpoint.hpp) in a file of its own.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "service/control_endpoint.hpp"

namespace unknot {

namespace {

[[noreturn]] void throw_errno(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

// The folder is what keeps other users away from the socket (the socket's own
// mode is only set after bind), so it must be ours and private.
}  // namespace

void make_private_folder(const std::filesystem::path& dir) {
  std::error_code ignored;
  std::filesystem::create_directories(dir.parent_path(), ignored);
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    throw_errno("cannot create " + dir.string());
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0) throw_errno("cannot inspect " + dir.string());
  if (!S_ISDIR(st.st_mode))
    throw std::system_error(ENOTDIR, std::generic_category(), dir.string() + " is not a folder");
  if (st.st_uid != ::geteuid())
    throw std::system_error(EPERM, std::generic_category(),
                            dir.string() + " belongs to another user; refusing to use it");
  // Writable by others: someone else may already have put a socket or a
  // link in it, and chmod now would not take those out. Never use it.
  if ((st.st_mode & 022) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    throw std::system_error(EPERM, std::generic_category(),
                            dir.string() + " is writable by other users (mode " + mode +
                                "); refusing to use it (remove it, or chmod 700 it)");
  }
  if ((st.st_mode & 077) != 0 && ::chmod(dir.c_str(), 0700) != 0)
    throw_errno("cannot make " + dir.string() + " private");
}

bool peer_is_same_user(int fd) {
  ucred cred{};
  socklen_t length = sizeof cred;
  return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) == 0 && cred.uid == ::geteuid();
}

SocketProbe probe_socket(const std::filesystem::path& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return SocketProbe::none;
  if (!S_ISSOCK(st.st_mode)) return SocketProbe::stale;
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (path.native().size() >= sizeof address.sun_path) return SocketProbe::stale;
  std::memcpy(address.sun_path, path.c_str(), path.native().size());
  // Non-blocking: a live server with a full backlog answers EAGAIN instead of
  // making us wait for it.
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return SocketProbe::stale;
  const int rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
  const int error = errno;
  ::close(fd);
  if (rc == 0 || error == EAGAIN || error == EINPROGRESS) return SocketProbe::live;
  return error == ENOENT ? SocketProbe::none : SocketProbe::stale;
}

// Every client holds one descriptor for as long as it is connected, and the
// usual soft limit (1024) would make accept() fail somewhere short of a
// thousand clients. The hard limit is what the admin allows us; the daemon
// waits with epoll, so high descriptor numbers cost nothing.
std::size_t raise_open_file_limit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return 0;
  constexpr rlim_t kCeiling = 1 << 20;  // RLIM_INFINITY is not a valid soft limit for files
  const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? kCeiling : limit.rlim_max;
  if (limit.rlim_cur < wanted) {
    rlimit raised{wanted, limit.rlim_max};
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  return static_cast<std::size_t>(limit.rlim_cur);
}

EndpointId restrict_endpoint_to_user(const std::filesystem::path& path) {
  if (::chmod(path.c_str(), 0600) != 0) throw_errno("cannot restrict " + path.string());
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<EndpointId>(st.st_ino) : 0;
}

void remove_stale_endpoint(const std::filesystem::path& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT)
    throw_errno("cannot remove stale " + path.string());
}

void remove_endpoint_if(const std::filesystem::path& path, EndpointId id) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && static_cast<EndpointId>(st.st_ino) == id)
    ::unlink(path.c_str());
}

}  // namespace unknot
