#include "service/control_session.hpp"
#include <utility>

#include <algorithm>
#include <exception>

#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>

#include "platform/allocator.hpp"

namespace unknot::detail {

namespace asio = boost::asio;
using control::ErrorCode;
using control::Reply;

ControlSession::ControlSession(Socket socket, std::shared_ptr<SessionHub> hub)
    : socket_(std::move(socket)),
      buffer_(hub->options.max_line_bytes),
      timer_(socket_.get_executor()),
      hub_(std::move(hub)) {}

namespace {
/// A burst of clients this large leaves megabytes of freed buffers in the
/// allocator; the daemon runs all day, so hand them back to the system.
constexpr std::size_t kTrimAfterPeak = 32;
}  // namespace

ControlSession::~ControlSession() {
  hub_->sessions.erase(this);
  if (hub_->sessions.empty()) {
    if (hub_->peak_sessions >= kTrimAfterPeak) release_free_memory();
    hub_->peak_sessions = 0;
  }
}

void ControlSession::start(bool peer_allowed) {
  hub_->sessions.emplace(this, weak_from_this());
  hub_->peak_sessions = std::max(hub_->peak_sessions, hub_->sessions.size());
  if (!peer_allowed) {
    queue(control::format_reply(
        nullptr,
        Reply::failure(ErrorCode::forbidden, "the control socket serves its own user only")));
    close_after_flush(hub_->options.idle_timeout);
    return;
  }
  arm_timer(hub_->options.idle_timeout);
  do_read();
}

bool ControlSession::may_read() const {
  return !reading_ && !awaiting_reply_ && !closing_ && !closed_ &&
         queued_bytes_ <= hub_->options.max_queued_bytes;
}

void ControlSession::do_read() {
  if (!may_read()) return;
  reading_ = true;
  asio::async_read_until(
      socket_, buffer_, '\n',
      [self = shared_from_this()](const boost::system::error_code& error, std::size_t bytes) {
        self->on_read(error, bytes);
      });
}

void ControlSession::on_read(const boost::system::error_code& error, std::size_t bytes) {
  reading_ = false;
  if (closed_ || closing_) return;
  if (error == asio::error::not_found) {  // the buffer filled up without a newline
    queue(control::format_reply(
        nullptr, Reply::failure(ErrorCode::too_large,
                                "request longer than " +
                                    std::to_string(hub_->options.max_line_bytes) + " bytes")));
    close_after_flush(hub_->options.idle_timeout);
    return;
  }
  if (error) {  // EOF (maybe after pipelined requests) or a reset: answer what was asked
    close_after_flush(hub_->options.idle_timeout);
    return;
  }
  const auto data = buffer_.data();
  std::string line(asio::buffers_begin(data), asio::buffers_begin(data) + bytes);
  buffer_.consume(bytes);
  handle_line(line);
  if (!watching_) arm_timer(hub_->options.idle_timeout);
  do_read();
}

void ControlSession::handle_line(const std::string& line) {
  auto parsed = control::parse_request(line);
  if (!parsed.request) {
    queue(control::format_reply(parsed.id, parsed.error));
    return;
  }
  call_handler(*parsed.request);
}

// The handler is the daemon's code: whatever it throws is a bug reported to
// this client, never a reason to drop the others.
void ControlSession::call_handler(const control::Request& request) {
  if (!hub_->handler) {
    queue(control::format_reply(request.id, Reply::failure(ErrorCode::internal, "no handler")));
    return;
  }
  awaiting_reply_ = true;
  // Shared by the responder and the catch blocks: the first answer wins.
  auto answered = std::make_shared<bool>(false);
  auto respond = [weak = weak_from_this(), request, answered](Reply reply) {
    if (std::exchange(*answered, true)) return;
    if (auto self = weak.lock()) self->on_reply(request, std::move(reply));
  };
  try {
    hub_->handler(request, respond);
  } catch (const std::exception& e) {
    respond(Reply::failure(ErrorCode::internal, e.what()));
  } catch (...) {
    respond(Reply::failure(ErrorCode::internal, "unexpected error"));
  }
}

void ControlSession::on_reply(const control::Request& request, Reply reply) {
  awaiting_reply_ = false;
  if (closed_) return;
  if (reply.ok && request.command == control::Command::watch) {
    watching_ = true;  // before the reply is queued: no push may come first
    timer_.cancel();
  }
  queue(control::format_reply(request.id, reply));
  if (!watching_ && !closing_) arm_timer(hub_->options.idle_timeout);
  do_read();
}

void ControlSession::push(const std::string& line) {
  if (!watching_ || closed_ || closing_) return;
  if (queued_bytes_ + line.size() > hub_->options.max_queued_bytes) {
    close();  // a stuck watcher: it reconnects if it is still alive
    return;
  }
  queue(line);
}

void ControlSession::queue(std::string line) {
  if (closed_) return;
  queued_bytes_ += line.size();
  out_.push_back(std::move(line));
  if (!writing_) do_write();
}

void ControlSession::do_write() {
  writing_ = true;
  asio::async_write(socket_, asio::buffer(out_.front()),
                    [self = shared_from_this()](const boost::system::error_code& error,
                                                std::size_t) { self->on_write(error); });
}

void ControlSession::on_write(const boost::system::error_code& error) {
  writing_ = false;
  if (closed_) return;
  if (error) {
    close();
    return;
  }
  queued_bytes_ -= out_.front().size();
  out_.pop_front();
  if (!out_.empty()) {
    do_write();
  } else if (closing_) {
    close();
    return;
  }
  do_read();  // resumes a pipelining client that was paused for backpressure
}

void ControlSession::close_after_flush(std::chrono::milliseconds limit) {
  if (closed_) return;
  closing_ = true;
  if (!writing_ && out_.empty() && !awaiting_reply_) {
    close();
    return;
  }
  arm_timer(limit);
}

void ControlSession::close() {
  if (closed_) return;
  closed_ = true;
  boost::system::error_code ignored;
  socket_.shutdown(Socket::shutdown_both, ignored);
  socket_.close(ignored);
  timer_.cancel();
}

void ControlSession::arm_timer(std::chrono::milliseconds after) {
  timer_.expires_after(after);
  timer_.async_wait([self = shared_from_this()](const boost::system::error_code& error) {
    self->on_timer(error);
  });
}

void ControlSession::on_timer(const boost::system::error_code& error) {
  if (error == asio::error::operation_aborted || closed_) return;
  // A wait that completed just before it was re-armed: the new expiry rules.
  if (timer_.expiry() > asio::steady_timer::clock_type::now()) return;
  if (closing_ || !watching_) close();
}

}  // namespace unknot::detail
