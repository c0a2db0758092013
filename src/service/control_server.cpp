#include "service/control_server.hpp"

#include <system_error>
#include <vector>

#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/steady_timer.hpp>

#include "service/control_endpoint.hpp"
#include "service/control_session.hpp"

namespace unknot {

namespace asio = boost::asio;
using Protocol = asio::local::stream_protocol;

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
  EndpointId bound_id = 0;  ///< so stop() never removes a successor's socket
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
  bound_id = restrict_endpoint_to_user(path);
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
  const bool allowed = peer_is_same_user(socket.native_handle());
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
  make_private_folder(impl_->path.parent_path());
  raise_open_file_limit();
  switch (probe_socket(impl_->path)) {
    case SocketProbe::live:
      return StartResult::already_running;
    case SocketProbe::stale:
      remove_stale_endpoint(impl_->path);
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
  remove_endpoint_if(impl_->path, impl_->bound_id);
  std::vector<std::shared_ptr<detail::ControlSession>> sessions;
  for (const auto& [key, weak] : impl_->hub->sessions)
    if (auto session = weak.lock()) sessions.push_back(std::move(session));
  for (const auto& session : sessions)
    session->close_after_flush(impl_->hub->options.stop_flush_timeout);
}

const std::filesystem::path& ControlServer::socket_path() const { return impl_->path; }

std::size_t ControlServer::session_count() const { return impl_->hub->sessions.size(); }

}  // namespace unknot
