#pragma once
// What the control server and its sessions share: how a request is answered
// and the server's limits. The server (control_server.hpp) and one session
// (control_session.hpp) both include this, not each other.
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "protocol/control_protocol.hpp"

namespace unknot {

/// Sends the reply to one request. Call it once, on the loop's thread; a
/// session that closed meanwhile drops the reply.
using Responder = std::function<void(control::Reply reply)>;

/// Answers each valid request, now or later through the responder (the
/// daemon answers `stats` once the history writer has the figures). While a
/// request waits for its answer, the session reads no further request, so
/// replies keep their order. Exceptions it throws before answering become
/// `internal` error replies; the session lives on.
using AsyncHandler = std::function<void(const control::Request& request, Responder respond)>;

/// A handler that answers every request at once.
using SyncHandler = std::function<control::Reply(const control::Request& request)>;

/// An AsyncHandler around a SyncHandler.
AsyncHandler answer_at_once(SyncHandler handler);

/// Limits of the server; the defaults are the production values, tests shorten them.
struct ControlServerOptions {
  /// A session that sends no complete request for this long is closed (watchers excepted).
  std::chrono::milliseconds idle_timeout{std::chrono::seconds{30}};
  /// Longest request line, newline included.
  std::size_t max_line_bytes = control::kMaxLineBytes;
  /// Replies and pushes waiting to be written to one client, in bytes. A
  /// watcher past it is dropped; a pipelining client is not read until its
  /// replies drain. Either way a stuck client cannot grow the daemon.
  std::size_t max_queued_bytes = 256 * 1024;
  /// How long stop() lets sessions flush replies already queued (e.g. to "quit").
  std::chrono::milliseconds stop_flush_timeout{std::chrono::seconds{1}};
  /// Where the server reports trouble it survives (accept errors); may be empty.
  std::function<void(const std::string&)> log;
};

}  // namespace unknot
