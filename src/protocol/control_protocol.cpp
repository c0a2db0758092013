#include "protocol/control_protocol.hpp"
#include <utility>

#include <cstdint>

#include "core/time_text.hpp"

namespace unknot::control {

namespace {

using nlohmann::json;

/// Names echoed in messages are cut: a 60 KB "command name" must not come back.
constexpr std::size_t kMaxEchoedName = 64;

/// Carries a `bad_request` (or other) reply out of the nested validators.
struct Rejection {
  ErrorCode code;
  std::string message;
};

std::string echoed(std::string_view name) {
  if (name.size() > kMaxEchoedName)
    return "'" + std::string(name.substr(0, kMaxEchoedName)) + "...'";
  return "'" + std::string(name) + "'";
}

std::string_view strip_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

bool is_blank(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

// The parser recurses once per nesting level, so depth is bounded before it
// runs. Brackets inside strings do not count.
bool nesting_within(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

std::optional<std::int64_t> integer_in(const json& value, std::int64_t low, std::int64_t high) {
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    if (v > static_cast<std::uint64_t>(high)) return std::nullopt;
    if (static_cast<std::int64_t>(v) < low) return std::nullopt;
    return static_cast<std::int64_t>(v);
  }
  if (!value.is_number_integer()) return std::nullopt;
  const auto v = value.get<std::int64_t>();
  if (v < low || v > high) return std::nullopt;
  return v;
}

Rejection wrong_type(std::string_view name, std::string_view expected) {
  return {ErrorCode::bad_request, std::string(name) + ": expected " + std::string(expected)};
}

// Checks one argument against its spec and stores it in the request.
void apply_arg(const ArgSpec& spec, const json& value, Request& request) {
  switch (spec.type) {
    case ArgType::positive_seconds: {
      const auto v = integer_in(value, 1, kMaxDurationSeconds);
      if (!v)
        throw wrong_type(spec.name, "an integer from 1 to " + std::to_string(kMaxDurationSeconds));
      request.duration = std::chrono::seconds{*v};
      return;
    }
    case ArgType::hh_mm: {
      const auto minutes =
          value.is_string() ? parse_time_of_day(value.get_ref<const std::string&>()) : std::nullopt;
      if (!minutes) throw wrong_type(spec.name, "a time of day as \"HH:MM\"");
      request.until = *minutes;
      return;
    }
    case ArgType::boolean:
      if (!value.is_boolean()) throw wrong_type(spec.name, "true or false");
      (spec.name == "on" ? request.on : request.meeting) = value.get<bool>();
      return;
    case ArgType::break_kind: {
      const auto& text = value.is_string() ? value.get_ref<const std::string&>() : std::string();
      if (text != "micro" && text != "rest") throw wrong_type(spec.name, "\"micro\" or \"rest\"");
      request.kind = break_kind_from_string(text);
      return;
    }
    case ArgType::days: {
      const auto v = integer_in(value, 1, kMaxStatsDays);
      if (!v) throw wrong_type(spec.name, "an integer from 1 to " + std::to_string(kMaxStatsDays));
      request.days = static_cast<int>(*v);
      return;
    }
    case ArgType::object:
      if (!value.is_object()) throw wrong_type(spec.name, "an object");
      request.values = value;
      return;
  }
}

const ArgSpec* find_arg(const CommandSpec& command, std::string_view name) {
  for (const auto& arg : command.args)
    if (arg.name == name) return &arg;
  return nullptr;
}

// `args` null: none given (required ones are still checked).
void apply_args(const CommandSpec& command, const json& args, Request& request) {
  if (!args.is_null() && !args.is_object()) throw wrong_type("args", "an object");
  for (const auto& [name, value] : args.items()) {
    const ArgSpec* spec = find_arg(command, name);
    if (spec == nullptr)
      throw Rejection{ErrorCode::bad_request, "unknown argument " + echoed(name) + " for '" +
                                                  std::string(command.name) + "'"};
    apply_arg(*spec, value, request);
  }
  for (const auto& spec : command.args)
    if (spec.required && (args.is_null() || !args.contains(spec.name)))
      throw Rejection{ErrorCode::bad_request, std::string(spec.name) + ": missing"};
  if (request.duration && request.until)
    throw Rejection{ErrorCode::bad_request, "duration_s and until: give one, not both"};
}

// Ids are echoed verbatim, so only small scalar ones are taken.
json read_id(const json& message) {
  const auto it = message.find("id");
  if (it == message.end() || it->is_null()) return nullptr;
  if (it->is_number_integer()) return *it;
  if (it->is_string() && it->get_ref<const std::string&>().size() <= 256) return *it;
  throw wrong_type("id", "an integer or a string of at most 256 bytes");
}

const CommandSpec& read_command(const json& message) {
  const auto it = message.find("cmd");
  if (it == message.end()) throw Rejection{ErrorCode::bad_request, "cmd: missing"};
  if (!it->is_string()) throw wrong_type("cmd", "a string");
  const auto& name = it->get_ref<const std::string&>();
  const CommandSpec* spec = find_command(name);
  if (spec == nullptr)
    throw Rejection{ErrorCode::unknown_command, "unknown command " + echoed(name)};
  return *spec;
}

json parse_object(std::string_view line) {
  if (is_blank(line)) throw Rejection{ErrorCode::bad_request, "empty request"};
  if (!nesting_within(line, kMaxDepth))
    throw Rejection{ErrorCode::bad_request,
                    "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels"};
  json message = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) throw Rejection{ErrorCode::bad_request, "invalid JSON"};
  if (!message.is_object()) throw Rejection{ErrorCode::bad_request, "expected a JSON object"};
  return message;
}

void reject_unknown_fields(const json& message) {
  for (const auto& [key, value] : message.items()) {
    (void)value;
    if (key != "id" && key != "cmd" && key != "args")
      throw Rejection{ErrorCode::bad_request, "unknown field " + echoed(key)};
  }
}

}  // namespace

Reply Reply::success(json result) {
  Reply reply;
  reply.result = std::move(result);
  return reply;
}

Reply Reply::failure(ErrorCode code, std::string message) {
  Reply reply;
  reply.ok = false;
  reply.result = nullptr;
  reply.code = code;
  reply.message = std::move(message);
  return reply;
}

ParseResult parse_request(std::string_view line) noexcept {
  ParseResult out;
  try {
    const json message = parse_object(strip_line_end(line));
    out.id = read_id(message);
    Request request;
    request.id = out.id;
    const CommandSpec& command = read_command(message);
    request.command = command.command;
    reject_unknown_fields(message);
    const auto args = message.find("args");
    apply_args(command, args != message.end() ? *args : json(), request);
    out.request = std::move(request);
  } catch (const Rejection& rejection) {
    out.error = Reply::failure(rejection.code, rejection.message);
  } catch (...) {  // bad_alloc or a parser bug: still an answer, never a crash
    out.error = Reply::failure(ErrorCode::internal, "could not read the request");
  }
  return out;
}

Request Request::of(Command command) {
  Request request;
  request.command = command;
  return request;
}

void to_json(json& out, const Request& request) {
  json args = json::object();
  for (const ArgSpec& spec : find_command(to_string(request.command))->args) {
    const std::string name(spec.name);
    switch (spec.type) {
      case ArgType::positive_seconds:
        if (request.duration) args[name] = request.duration->count();
        break;
      case ArgType::hh_mm:
        if (request.until) args[name] = format_time_of_day(*request.until);
        break;
      case ArgType::boolean:
        if (spec.name == "on")
          args[name] = request.on;
        else if (request.meeting)
          args[name] = true;
        break;
      case ArgType::break_kind:
        if (request.kind) args[name] = std::string(unknot::to_string(*request.kind));
        break;
      case ArgType::days:
        if (request.days) args[name] = *request.days;
        break;
      case ArgType::object:
        if (!request.values.is_null()) args[name] = request.values;
        break;
    }
  }
  out = json::object();
  if (!request.id.is_null()) out["id"] = request.id;
  out["cmd"] = std::string(to_string(request.command));
  out["args"] = std::move(args);
}

std::string format_request(const Request& request) {
  return json(request).dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

void to_json(json& out, const Reply& reply) {
  out = {{"ok", reply.ok}};
  if (reply.ok)
    out["result"] = reply.result;
  else
    out["error"] = {{"code", to_string(reply.code)}, {"message", reply.message}};
}

void from_json(const json& in, Reply& reply) {
  const bool ok = in.is_object() && in.value("ok", false);
  if (ok) {
    reply = Reply::success(in.contains("result") ? in["result"] : json(nullptr));
    return;
  }
  const json error = in.is_object() ? in.value("error", json::object()) : json::object();
  const auto code = error.is_object() && error.contains("code") && error["code"].is_string()
                        ? error_code_from_string(error["code"].get<std::string>())
                        : std::nullopt;
  const std::string message =
      error.is_object() && error.contains("message") && error["message"].is_string()
          ? error["message"].get<std::string>()
          : std::string();
  reply = Reply::failure(code.value_or(ErrorCode::internal), message);
}

std::string format_reply(const json& id, const Reply& reply) {
  json message = reply;
  message["id"] = id;
  return message.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string format_watch(const json& status) {
  return json{{"watch", status}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace unknot::control
