#include "client/control_client.hpp"
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <cerrno>
#include <cstdlib>
#include <optional>

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <unistd.h>

namespace unknot {

namespace asio = boost::asio;
using Protocol = asio::local::stream_protocol;
using Kind = ControlClientError::Kind;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {
/// Replies can be large (stats over years); anything past this is not a reply.
constexpr std::size_t kMaxReplyBytes = 16 * 1024 * 1024;

std::chrono::milliseconds remaining(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return left.count() > 0 ? left : std::chrono::milliseconds{0};
}
}  // namespace

std::filesystem::path default_control_socket_path() {
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  if (runtime != nullptr && runtime[0] == '/')
    return std::filesystem::path(runtime) / "unknot" / "control.sock";
  return std::filesystem::path("/tmp") / ("unknot-" + std::to_string(::getuid())) / "control.sock";
}

ControlClientError::ControlClientError(Kind kind, const std::string& message)
    : std::runtime_error(message), kind_(kind) {}

struct ControlClient::Impl {
  asio::io_context io;
  Protocol::socket socket{io};
  asio::streambuf buffer{kMaxReplyBytes};
  long long next_id = 1;

  // Runs the one pending operation, at most for `timeout` (none: no limit).
  // On timeout the connection is closed: its state is unknown from then on.
  void run(std::optional<std::chrono::milliseconds> timeout) {
    io.restart();
    if (!timeout) {
      io.run();
      return;
    }
    io.run_for(*timeout);
    if (io.stopped()) return;
    boost::system::error_code ignored;
    socket.close(ignored);
    io.run();
    throw ControlClientError(Kind::timeout, "unknot did not answer in time");
  }

  // A daemon that refuses a request early (too_large) answers and hangs up
  // while we are still writing: the answer is then worth reading, not an error.
  void write_line(const std::string& line, Clock::time_point deadline) {
    boost::system::error_code result = asio::error::would_block;
    asio::async_write(socket, asio::buffer(line),
                      [&](const boost::system::error_code& error, std::size_t) { result = error; });
    run(remaining(deadline));
    if (result && result != asio::error::broken_pipe && result != asio::error::connection_reset)
      throw ControlClientError(Kind::io, "cannot send to unknot: " + result.message());
  }

  // The next line as JSON; nullopt when the daemon hung up (or we were interrupted).
  std::optional<json> read_message(std::optional<Clock::time_point> deadline) {
    boost::system::error_code result = asio::error::would_block;
    std::size_t bytes = 0;
    asio::async_read_until(socket, buffer, '\n',
                           [&](const boost::system::error_code& error, std::size_t n) {
                             result = error;
                             bytes = n;
                           });
    run(deadline ? std::optional(remaining(*deadline)) : std::nullopt);
    if (result == asio::error::eof || result == asio::error::operation_aborted ||
        result == asio::error::connection_reset || result == asio::error::bad_descriptor)
      return std::nullopt;
    if (result == asio::error::not_found)
      throw ControlClientError(Kind::protocol, "unknot sent an oversized reply");
    if (result) throw ControlClientError(Kind::io, "cannot read from unknot: " + result.message());
    const auto data = buffer.data();
    json message = json::parse(asio::buffers_begin(data), asio::buffers_begin(data) + bytes,
                               nullptr, /*allow_exceptions=*/false);
    buffer.consume(bytes);
    if (!message.is_object())
      throw ControlClientError(Kind::protocol, "unknot sent something that is not a reply");
    return message;
  }
};

ControlClient::ControlClient() : impl_(std::make_unique<Impl>()) {}

ControlClient::~ControlClient() = default;

void ControlClient::connect(const std::filesystem::path& path, std::chrono::milliseconds timeout) {
  close();
  boost::system::error_code result = asio::error::would_block;
  try {
    impl_->socket.async_connect(Protocol::endpoint(path.string()),
                                [&](const boost::system::error_code& error) { result = error; });
  } catch (const boost::system::system_error& e) {  // a path too long for sockaddr_un
    throw ControlClientError(Kind::io, "cannot use " + path.string() + ": " + e.what());
  }
  impl_->run(timeout);
  if (!result) return;
  close();
  const int code = result.value();
  if (code == ENOENT || code == ECONNREFUSED || code == ENOTDIR)
    throw ControlClientError(Kind::not_running, "unknot is not running");
  throw ControlClientError(Kind::io,
                           "cannot connect to " + path.string() + ": " + result.message());
}

json ControlClient::request(std::string_view cmd, const json& args,
                            std::chrono::milliseconds timeout) {
  if (!is_connected()) throw ControlClientError(Kind::io, "not connected to unknot");
  const auto deadline = Clock::now() + timeout;
  const long long id = impl_->next_id++;
  const json message = {{"id", id}, {"cmd", cmd}, {"args", args}};
  impl_->write_line(message.dump(-1, ' ', false, json::error_handler_t::replace) + "\n", deadline);
  for (;;) {
    auto reply = impl_->read_message(deadline);
    if (!reply) throw ControlClientError(Kind::io, "unknot closed the connection");
    if (reply->contains("watch")) continue;  // a push on a watching connection
    // A null id answers a request the daemon could not read far enough to
    // find its id (too_large); with one request in flight it is ours.
    const json reply_id = reply->value("id", json());
    if (!reply->contains("ok") || (!reply_id.is_null() && reply_id != json(id)))
      throw ControlClientError(Kind::protocol, "unknot answered out of turn");
    return std::move(*reply);
  }
}

json ControlClient::watch(const std::function<bool(const json& status)>& on_status,
                          std::chrono::milliseconds reply_timeout) {
  json reply = request("watch", json::object(), reply_timeout);
  if (!reply.value("ok", false)) return reply;
  const auto result = reply.find("result");
  if (result != reply.end() && result->is_object() && !result->empty() && !on_status(*result))
    return reply;
  while (auto message = impl_->read_message(std::nullopt)) {
    const auto status = message->find("watch");
    if (status != message->end() && !on_status(*status)) break;
  }
  return reply;
}

void ControlClient::interrupt() {
  asio::post(impl_->io, [impl = impl_.get()] {
    boost::system::error_code ignored;
    impl->socket.close(ignored);
  });
}

void ControlClient::close() {
  boost::system::error_code ignored;
  impl_->socket.close(ignored);
  impl_->buffer.consume(impl_->buffer.size());
}

bool ControlClient::is_connected() const { return impl_->socket.is_open(); }

}  // namespace unknot
