#pragma once
// The control protocol without I/O: one request line in, a typed Request or an
// error reply out; replies and watch pushes formatted as lines. The server does
// the I/O, the daemon's handler the work. Wire types: protocol/protocol_types.hpp.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/break_kind.hpp"
#include "core/time.hpp"
#include "protocol/protocol_types.hpp"

namespace unknot::control {

/// A validated request: the command and its arguments, already type-checked
/// against the command table. Fields a command does not take stay empty.
struct Request {
  nlohmann::json id;  ///< echoed in the reply; null when the client sent none
  Command command = Command::status;
  std::optional<std::chrono::seconds> duration;  ///< pause, snooze: `duration_s`
  std::optional<TimeOfDay> until;                ///< pause: `until`, a local time of day
  bool meeting = false;                          ///< pause: `meeting` (a meeting hold)
  bool on = false;                               ///< meeting: `on`
  std::optional<BreakKind> kind;                 ///< break: `kind` (micro or rest)
  std::optional<int> days;                       ///< stats: `days`
  nlohmann::json values;                         ///< settings: `set` (an object, or null)
  friend bool operator==(const Request&, const Request&) = default;

  /// A request for `command` without arguments (set the fields it takes after).
  static Request of(Command command);
};

/// What the daemon's handler answers: a result, or an error code and message.
struct Reply {
  bool ok = true;
  nlohmann::json result = nlohmann::json::object();  ///< when ok
  ErrorCode code = ErrorCode::internal;              ///< when !ok
  std::string message;                               ///< when !ok, for the user

  /// A successful reply carrying `result`.
  static Reply success(nlohmann::json result = nlohmann::json::object());
  /// A failed reply; `message` is shown to the user as is.
  static Reply failure(ErrorCode code, std::string message);
  friend bool operator==(const Reply&, const Reply&) = default;
};

/// The outcome of parsing one line: a request, or the error reply to send.
struct ParseResult {
  std::optional<Request> request;  ///< set when the line was a valid request
  Reply error;                     ///< the reply to send when !request
  nlohmann::json id;               ///< the id to echo (null if none could be read)
};

/// Parses one request line (with or without its trailing newline). Never
/// throws, whatever the bytes: garbage yields a `bad_request` or
/// `unknown_command` error naming what was wrong.
ParseResult parse_request(std::string_view line) noexcept;

/// One reply line, newline included. Invalid UTF-8 in messages is replaced,
/// never thrown on.
std::string format_reply(const nlohmann::json& id, const Reply& reply);

/// {"id" (when not null), "cmd", "args": {...}}: the arguments the request
/// sets, under the names of the command table. parse_request() reads it back.
void to_json(nlohmann::json& out, const Request& request);

/// One request line, newline included.
std::string format_request(const Request& request);

/// {"ok": true, "result": ...} or {"ok": false, "error": {"code", "message"}}:
/// a reply without its id.
void to_json(nlohmann::json& out, const Reply& reply);
/// The reverse; an error code this build does not know reads as `internal`.
void from_json(const nlohmann::json& in, Reply& reply);

/// One watch push line, `{"watch": status}`, newline included.
std::string format_watch(const nlohmann::json& status);

}  // namespace unknot::control
