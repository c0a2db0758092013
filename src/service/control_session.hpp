#pragma once
// One client connection of the control server (internal to control_server.cpp):
// a do_read/do_write chain in the style of Asio's own examples. A session is
// kept alive by its pending operations only; the server sees it through a weak
// pointer, so an abandoned session frees itself.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>

#include "service/control_handler.hpp"

namespace unknot::detail {

class ControlSession;

/// What every session shares with its server; outlives the server if a
/// session's last handler runs after it.
struct SessionHub {
  AsyncHandler handler;
  ControlServerOptions options;
  std::unordered_map<const ControlSession*, std::weak_ptr<ControlSession>> sessions;
  std::size_t peak_sessions = 0;  ///< since the last time every session closed
};

/// One connected client.
class ControlSession : public std::enable_shared_from_this<ControlSession> {
 public:
  using Socket = boost::asio::local::stream_protocol::socket;

  /// Registers itself with the hub; unregisters when destroyed.
  ControlSession(Socket socket, std::shared_ptr<SessionHub> hub);
  ~ControlSession();
  ControlSession(const ControlSession&) = delete;
  ControlSession& operator=(const ControlSession&) = delete;

  /// Starts the read chain; a peer that is not our user only gets `forbidden`.
  void start(bool peer_allowed);
  /// Queues a watch push line; a watcher that is not keeping up is dropped.
  void push(const std::string& line);
  /// Closes once queued replies are written, but no later than `limit`.
  void close_after_flush(std::chrono::milliseconds limit);
  /// Closes now; pending operations finish with operation_aborted.
  void close();
  /// True once the client sent a successful `watch`.
  [[nodiscard]] bool watching() const { return watching_; }

 private:
  void do_read();
  void on_read(const boost::system::error_code& error, std::size_t bytes);
  void handle_line(const std::string& line);
  void call_handler(const control::Request& request);
  void on_reply(const control::Request& request, control::Reply reply);
  void queue(std::string line);
  void do_write();
  void on_write(const boost::system::error_code& error);
  void arm_timer(std::chrono::milliseconds after);
  void on_timer(const boost::system::error_code& error);
  [[nodiscard]] bool may_read() const;

  Socket socket_;
  boost::asio::streambuf buffer_;
  boost::asio::steady_timer timer_;
  std::deque<std::string> out_;
  std::size_t queued_bytes_ = 0;
  bool reading_ = false;
  bool writing_ = false;
  bool watching_ = false;
  bool awaiting_reply_ = false;  ///< a request is with the handler: read no further one
  bool closing_ = false;
  bool closed_ = false;
  std::shared_ptr<SessionHub> hub_;
};

}  // namespace unknot::detail
