#include "service/control_server.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/steady_timer.hpp>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "service/control_session.hpp"

namespace unknot {

namespace asio = boost::asio;
using Protocol = asio::local::stream_protocol;

namespace {

[[noreturn]] void throw_errno(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

// The folder is what keeps other users away from the socket (the socket's own
// mode is only set after bind), so it must be ours and private.
void ensure_private_folder(const std::filesystem::path& dir) {
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
  if ((st.st_mode & 077) != 0 && ::chmod(dir.c_str(), 0700) != 0)
    throw_errno("cannot make " + dir.string() + " private");
}

bool peer_is_our_user(int fd) {
  ucred cred{};
  socklen_t length = sizeof cred;
  return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) == 0 && cred.uid == ::geteuid();
}

}  // namespace

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

struct ControlServer::Impl : std::enable_shared_from_this<ControlServer::Impl> {
  Impl(asio::io_context& io, std::filesystem::path path, AsyncHandler handler,
       ControlServerOptions options)
      : path(std::move(path)),
        acceptor(io),
        retry_timer(io),
        hub(std::make_shared<detail::SessionHub>()) {
    hub->handler = std::move(handler);
    hub->options = std::move(options);
  }

  void log(const std::string& message) const {
    if (hub->options.log) hub->options.log(message);
  }
  StartResult bind_and_listen();
  void do_accept();
  void on_accept(const boost::system::error_code& error, Protocol::socket socket);

  std::filesystem::path path;
  Protocol::acceptor acceptor;
  asio::steady_timer retry_timer;
  std::shared_ptr<detail::SessionHub> hub;
  ino_t bound_inode = 0;  ///< so stop() never removes a successor's socket
  bool listening = false;
};

ControlServer::StartResult ControlServer::Impl::bind_and_listen() {
  acceptor.open(Protocol{});
  boost::system::error_code error;
  acceptor.bind(Protocol::endpoint(path.string()), error);
  if (error == asio::error::address_in_use && probe_socket(path) == SocketProbe::live) {
    acceptor.close();  // another daemon won the race between our probe and bind
    return StartResult::already_running;
  }
  if (error) throw std::system_error(error, "cannot bind " + path.string());
  if (::chmod(path.c_str(), 0600) != 0) throw_errno("cannot restrict " + path.string());
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) bound_inode = st.st_ino;
  acceptor.listen(asio::socket_base::max_listen_connections);
  listening = true;
  return StartResult::listening;
}

void ControlServer::Impl::do_accept() {
  acceptor.async_accept(
      [self = shared_from_this()](const boost::system::error_code& error, Protocol::socket socket) {
        self->on_accept(error, std::move(socket));
      });
}

void ControlServer::Impl::on_accept(const boost::system::error_code& error,
                                    Protocol::socket socket) {
  if (!listening || error == asio::error::operation_aborted) return;
  if (error) {
    // Out of descriptors (EMFILE) and the like: accepting again at once would
    // spin, so give existing clients a moment to leave.
    log("control socket: accept failed: " + error.message());
    retry_timer.expires_after(std::chrono::milliseconds{100});
    retry_timer.async_wait([self = shared_from_this()](const boost::system::error_code& e) {
      if (!e && self->listening) self->do_accept();
    });
    return;
  }
  const bool allowed = peer_is_our_user(socket.native_handle());
  std::make_shared<detail::ControlSession>(std::move(socket), hub)->start(allowed);
  do_accept();
}

AsyncHandler answer_at_once(SyncHandler handler) {
  return [handler = std::move(handler)](const control::Request& request, Responder respond) {
    respond(handler(request));
  };
}

ControlServer::ControlServer(asio::io_context& io, std::filesystem::path socket_path,
                             AsyncHandler handler, ControlServerOptions options)
    : impl_(std::make_shared<Impl>(io, std::move(socket_path), std::move(handler),
                                   std::move(options))) {}

ControlServer::ControlServer(asio::io_context& io, std::filesystem::path socket_path,
                             Handler handler, ControlServerOptions options)
    : ControlServer(io, std::move(socket_path), answer_at_once(std::move(handler)),
                    std::move(options)) {}

ControlServer::~ControlServer() { stop(); }

ControlServer::StartResult ControlServer::start() {
  ensure_private_folder(impl_->path.parent_path());
  raise_open_file_limit();
  switch (probe_socket(impl_->path)) {
    case SocketProbe::live:
      return StartResult::already_running;
    case SocketProbe::stale:
      if (::unlink(impl_->path.c_str()) != 0 && errno != ENOENT)
        throw_errno("cannot remove stale " + impl_->path.string());
      break;
    case SocketProbe::none:
      break;
  }
  const StartResult result = impl_->bind_and_listen();
  if (result == StartResult::listening) impl_->do_accept();
  return result;
}

void ControlServer::broadcast(const nlohmann::json& status) {
  const std::string line = control::format_watch(status);
  std::vector<std::shared_ptr<detail::ControlSession>> sessions;
  sessions.reserve(impl_->hub->sessions.size());
  for (const auto& [key, weak] : impl_->hub->sessions)
    if (auto session = weak.lock()) sessions.push_back(std::move(session));
  for (const auto& session : sessions) session->push(line);
}

void ControlServer::stop() {
  if (!impl_->listening) return;
  impl_->listening = false;
  boost::system::error_code ignored;
  impl_->acceptor.close(ignored);
  impl_->retry_timer.cancel();
  struct stat st {};
  if (::lstat(impl_->path.c_str(), &st) == 0 && st.st_ino == impl_->bound_inode)
    ::unlink(impl_->path.c_str());
  std::vector<std::shared_ptr<detail::ControlSession>> sessions;
  for (const auto& [key, weak] : impl_->hub->sessions)
    if (auto session = weak.lock()) sessions.push_back(std::move(session));
  for (const auto& session : sessions)
    session->close_after_flush(impl_->hub->options.stop_flush_timeout);
}

const std::filesystem::path& ControlServer::socket_path() const { return impl_->path; }

std::size_t ControlServer::session_count() const { return impl_->hub->sessions.size(); }

}  // namespace unknot
