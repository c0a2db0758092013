#include "protocol/control_protocol.hpp"

#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "core/time_text.hpp"

using nlohmann::json;
using unknot::BreakKind;
using unknot::control::Command;
using unknot::control::ErrorCode;
using unknot::control::parse_request;
using unknot::control::ParseResult;
using unknot::control::Reply;

namespace {

ParseResult parse(const json& message) { return parse_request(message.dump()); }

// The error a line gets; fails the test when the line was accepted.
Reply error_of_line(std::string_view line) {
  const ParseResult result = parse_request(line);
  REQUIRE_FALSE(result.request.has_value());
  CHECK_FALSE(result.error.ok);
  return result.error;
}

Reply error_of(const json& message) { return error_of_line(message.dump()); }

}  // namespace

TEST_CASE("every command in the table parses with no arguments where none are required") {
  for (const auto& spec : unknot::control::kCommands) {
    if (spec.command == Command::meeting) continue;  // `on` is required
    const auto result = parse({{"cmd", spec.name}});
    INFO(spec.name);
    REQUIRE(result.request.has_value());
    CHECK(result.request->command == spec.command);
    CHECK(result.request->id.is_null());
  }
}

TEST_CASE("arguments arrive typed") {
  auto pause = parse({{"id", 7}, {"cmd", "pause"}, {"args", {{"duration_s", 3600}}}});
  REQUIRE(pause.request);
  CHECK(pause.request->id == 7);
  CHECK(pause.request->duration == std::chrono::seconds{3600});
  CHECK_FALSE(pause.request->until);
  CHECK_FALSE(pause.request->meeting);

  auto until = parse({{"cmd", "pause"}, {"args", {{"until", "9:05"}, {"meeting", true}}}});
  REQUIRE(until.request);
  REQUIRE(until.request->until);
  CHECK(until.request->until->minutes == 9 * 60 + 5);
  CHECK(unknot::format_time_of_day(*until.request->until) == "09:05");
  CHECK(until.request->meeting);

  auto brk = parse({{"cmd", "break"}, {"args", {{"kind", "rest"}}}});
  REQUIRE(brk.request);
  CHECK(brk.request->command == Command::start_break);
  CHECK(brk.request->kind == BreakKind::rest);

  auto meeting = parse({{"cmd", "meeting"}, {"args", {{"on", true}}}});
  REQUIRE(meeting.request);
  CHECK(meeting.request->on);

  auto stats = parse({{"id", "a"}, {"cmd", "stats"}, {"args", {{"days", 30}}}});
  REQUIRE(stats.request);
  CHECK(stats.request->days == 30);
  CHECK(stats.request->id == "a");

  auto snooze = parse({{"cmd", "snooze"}, {"args", json::object()}});
  REQUIRE(snooze.request);
  CHECK_FALSE(snooze.request->duration);
}

TEST_CASE("a trailing newline or CRLF and null args are accepted") {
  CHECK(parse_request("{\"cmd\":\"status\"}\n").request);
  CHECK(parse_request("{\"cmd\":\"status\"}\r\n").request);
  CHECK(parse_request("{\"cmd\":\"status\",\"args\":null,\"id\":null}").request);
}

TEST_CASE("unknown commands are named as such") {
  const Reply error = error_of(json{{"cmd", "stauts"}});
  CHECK(error.code == ErrorCode::unknown_command);
  CHECK_THAT(error.message, Catch::Contains("stauts"));
}

TEST_CASE("every wrongly typed argument is a bad_request naming the argument") {
  struct Case {
    const char* cmd;
    const char* arg;
    json value;
  };
  const Case cases[] = {
      {"pause", "duration_s", 0},
      {"pause", "duration_s", -5},
      {"pause", "duration_s", 1.5},
      {"pause", "duration_s", "3600"},
      {"pause", "duration_s", true},
      {"pause", "duration_s", 31622401},
      {"pause", "duration_s", json(18446744073709551615ULL)},
      {"pause", "until", "24:00"},
      {"pause", "until", "12:60"},
      {"pause", "until", "1200"},
      {"pause", "until", "12:5"},
      {"pause", "until", 1200},
      {"pause", "until", "-1:30"},
      {"pause", "meeting", "yes"},
      {"pause", "meeting", 1},
      {"break", "kind", "daily"},
      {"break", "kind", "MICRO"},
      {"break", "kind", json::array()},
      {"snooze", "duration_s", nullptr},
      {"meeting", "on", "on"},
      {"stats", "days", 0},
      {"stats", "days", 3651},
      {"stats", "days", "7"},
  };
  for (const auto& c : cases) {
    INFO(c.cmd << " " << c.arg << " = " << c.value.dump());
    const Reply error = error_of(json{{"cmd", c.cmd}, {"args", {{c.arg, c.value}}}});
    CHECK(error.code == ErrorCode::bad_request);
    CHECK_THAT(error.message, Catch::StartsWith(c.arg));
  }
}

TEST_CASE("unknown arguments, missing required ones and contradictions are refused") {
  auto unknown = error_of(json{{"cmd", "status"}, {"args", {{"verbose", true}}}});
  CHECK(unknown.code == ErrorCode::bad_request);
  CHECK_THAT(unknown.message, Catch::Contains("'verbose'") && Catch::Contains("'status'"));

  auto wrong_command = error_of(json{{"cmd", "snooze"}, {"args", {{"until", "10:00"}}}});
  CHECK_THAT(wrong_command.message, Catch::Contains("'until'"));

  auto missing = error_of(json{{"cmd", "meeting"}});
  CHECK(missing.message == "on: missing");

  auto both = error_of(json{{"cmd", "pause"}, {"args", {{"duration_s", 60}, {"until", "10:00"}}}});
  CHECK(both.code == ErrorCode::bad_request);

  auto args_not_object = error_of(json{{"cmd", "pause"}, {"args", json::array({60})}});
  CHECK(args_not_object.message == "args: expected an object");

  auto extra_field = error_of(json{{"cmd", "status"}, {"arg", json::object()}});
  CHECK_THAT(extra_field.message, Catch::Contains("'arg'"));
}

TEST_CASE("malformed messages get bad_request, never an exception") {
  for (const char* line : {"", "   ", "\n", "{", "nul", "[]", "42", "\"status\"", "null",
                           "{\"cmd\":\"status\"} trailing", "{\"cmd\":42}", "{\"id\":1}",
                           "{'cmd':'status'}", "{\"cmd\":\"status\",}"}) {
    INFO(line);
    CHECK(error_of_line(line).code == ErrorCode::bad_request);
  }
}

TEST_CASE("binary garbage and invalid UTF-8 are answered, and the answer is valid JSON") {
  std::mt19937 random(12345);
  for (int i = 0; i < 500; ++i) {
    std::string bytes(1 + random() % 200, '\0');
    for (auto& b : bytes) b = static_cast<char>(random() % 256);
    const ParseResult result = parse_request(bytes);
    REQUIRE_FALSE(result.request);
    const std::string line = unknot::control::format_reply(result.id, result.error);
    CHECK(json::parse(line, nullptr, false).is_object());
  }
  const std::string bad_utf8 = "{\"cmd\":\"st\xff\xfe\"}";
  CHECK(error_of_line(bad_utf8).code == ErrorCode::bad_request);
}

TEST_CASE("deep nesting is refused before the recursive parser sees it") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK_THAT(error_of_line(deep).message, Catch::Contains("nested deeper"));
  const std::string deep_args =
      "{\"cmd\":\"status\",\"args\":" + std::string(40, '[') + std::string(40, ']') + "}";
  CHECK(error_of_line(deep_args).code == ErrorCode::bad_request);
  // Brackets inside strings are text, not nesting.
  const std::string in_string = "{\"cmd\":\"" + std::string(100, '[') + "\"}";
  CHECK(error_of_line(in_string).code == ErrorCode::unknown_command);
}

TEST_CASE("ids of odd types are refused, and not echoed") {
  for (const json& id :
       {json(1.5), json(true), json::array({1}), json::object(), json(std::string(300, 'x'))}) {
    INFO(id.dump());
    const ParseResult result = parse(json{{"id", id}, {"cmd", "status"}});
    REQUIRE_FALSE(result.request);
    CHECK(result.error.code == ErrorCode::bad_request);
    CHECK_THAT(result.error.message, Catch::StartsWith("id"));
    CHECK(result.id.is_null());
  }
  const ParseResult negative = parse(json{{"id", -3}, {"cmd", "status"}});
  REQUIRE(negative.request);
  CHECK(negative.request->id == -3);
}

TEST_CASE("errors after the id still echo the id") {
  const ParseResult result = parse(json{{"id", 9}, {"cmd", "nope"}});
  CHECK(result.id == 9);
  const json reply = json::parse(unknot::control::format_reply(result.id, result.error));
  CHECK(reply["id"] == 9);
  CHECK(reply["ok"] == false);
  CHECK(reply["error"]["code"] == "unknown_command");
}

TEST_CASE("long names are cut in error messages") {
  const Reply error = error_of(json{{"cmd", std::string(10000, 'z')}});
  CHECK(error.message.size() < 200);
}

TEST_CASE("replies and pushes are single lines in the documented shape") {
  const std::string ok = unknot::control::format_reply(7, Reply::success({{"state", "idle"}}));
  CHECK(ok.back() == '\n');
  CHECK(ok.find('\n') == ok.size() - 1);
  CHECK(json::parse(ok) == json{{"id", 7}, {"ok", true}, {"result", {{"state", "idle"}}}});

  const std::string refused = unknot::control::format_reply(
      nullptr, Reply::failure(ErrorCode::refused, "line one\nline two \xff"));
  CHECK(refused.find('\n') == refused.size() - 1);
  const json parsed = json::parse(refused);
  CHECK(parsed["error"]["code"] == "refused");
  CHECK_THAT(parsed["error"]["message"].get<std::string>(),
             Catch::StartsWith("line one\nline two"));
  CHECK_FALSE(parsed.contains("result"));

  CHECK(json::parse(unknot::control::format_watch({{"state", "paused"}})) ==
        json{{"watch", {{"state", "paused"}}}});
}

TEST_CASE("wire names of error codes round-trip") {
  using unknot::control::error_code_from_string;
  for (auto code : {ErrorCode::refused, ErrorCode::bad_request, ErrorCode::unknown_command,
                    ErrorCode::too_large, ErrorCode::forbidden, ErrorCode::internal})
    CHECK(error_code_from_string(unknot::control::to_string(code)) == code);
  CHECK_FALSE(error_code_from_string("teapot"));
  CHECK(unknot::control::to_string(Command::start_break) == "break");
}

TEST_CASE("every request a client can build reads back as itself") {
  using unknot::control::Request;
  std::vector<Request> requests;
  for (const auto& spec : unknot::control::kCommands) requests.push_back(Request::of(spec.command));
  Request pause = Request::of(Command::pause);
  pause.duration = std::chrono::seconds{1800};
  pause.meeting = true;
  pause.id = 7;
  Request until = Request::of(Command::pause);
  until.until = unknot::TimeOfDay{9 * 60 + 5};
  until.id = "tray";
  Request meeting = Request::of(Command::meeting);
  meeting.on = true;
  Request start = Request::of(Command::start_break);
  start.kind = unknot::BreakKind::rest;
  Request stats = Request::of(Command::stats);
  stats.days = 14;
  Request set = Request::of(Command::settings);
  set.values = {{"micro", {{"every", "25m"}}}};
  requests.insert(requests.end(), {pause, until, meeting, start, stats, set});
  for (auto request : requests) {
    const auto line = unknot::control::format_request(request);
    INFO(line);
    CHECK(line.back() == '\n');
    const auto parsed = unknot::control::parse_request(line);
    REQUIRE(parsed.request);
    CHECK(*parsed.request == request);
  }
}

TEST_CASE("replies read back as they were written") {
  using unknot::control::Reply;
  for (const Reply& reply :
       {Reply::success(), Reply::success({{"state", "active"}}), Reply::success(nullptr),
        Reply::failure(ErrorCode::refused, "strict mode: no skipping"),
        Reply::failure(ErrorCode::too_large, "")}) {
    const nlohmann::json wire = reply;
    CHECK(wire.get<Reply>() == reply);
  }
  // A newer daemon's error code: still a failure, with its message.
  const auto odd =
      nlohmann::json::parse(R"({"ok": false, "error": {"code": "sleepy", "message": "zzz"}})")
          .get<Reply>();
  CHECK_FALSE(odd.ok);
  CHECK(odd.code == ErrorCode::internal);
  CHECK(odd.message == "zzz");
}
