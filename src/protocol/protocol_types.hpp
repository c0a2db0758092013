#pragma once
// Wire types of the control socket, shared by the daemon's protocol module and
// every client. Header-only on purpose: the daemon's service library includes
// it without linking the client library.
//
// The wire format: newline-delimited JSON, one object per line.
//   request  {"id": 7, "cmd": "pause", "args": {"duration_s": 3600}}
//   reply    {"id": 7, "ok": true, "result": {...}}
//            {"id": 7, "ok": false, "error": {"code": "refused", "message": "..."}}
//   push     {"watch": <status object>}   (to sessions that sent "watch")
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace unknot::control {

/// The longest request line the server reads (newline included); longer lines
/// are answered with `too_large` and the session is closed.
inline constexpr std::size_t kMaxLineBytes = std::size_t{64} * 1024;
/// Deeper JSON nesting is refused before parsing (the parser recurses).
inline constexpr int kMaxDepth = 32;

/// Every command the daemon understands.
enum class Command {
  status,
  pause,
  resume,
  start_break,
  snooze,
  skip,
  done,
  meeting,
  reload,
  stats,
  watch,
  quit,
  plan,
  settings,
  remind
};

/// Why a request failed; the wire names are the enumerator names.
enum class ErrorCode { refused, bad_request, unknown_command, too_large, forbidden, internal };

/// What a value on the wire must be.
enum class ArgType {
  positive_seconds,  ///< integer 1 .. kMaxDurationSeconds
  hh_mm,             ///< "HH:MM" (or "H:MM"), a local time of day
  boolean,
  break_kind,  ///< "micro" | "rest"
  days,        ///< integer 1 .. 3650
  object,      ///< a JSON object, checked by the command's handler
};

/// Longest duration accepted on the wire (a year): anything longer is a typo
/// and would only risk overflow further down.
inline constexpr long long kMaxDurationSeconds = 366LL * 24 * 3600;
/// Longest history window `stats` may ask for (ten years).
inline constexpr int kMaxStatsDays = 3650;

/// One argument a command accepts.
struct ArgSpec {
  std::string_view name;
  ArgType type;
  bool required = false;
};

/// One row of the command table: its wire name and the arguments it accepts.
struct CommandSpec {
  Command command;
  std::string_view name;
  std::span<const ArgSpec> args;
};

namespace detail {
inline constexpr std::array<ArgSpec, 3> kPauseArgs{{{"duration_s", ArgType::positive_seconds},
                                                    {"until", ArgType::hh_mm},
                                                    {"meeting", ArgType::boolean}}};
inline constexpr std::array<ArgSpec, 1> kBreakArgs{{{"kind", ArgType::break_kind}}};
inline constexpr std::array<ArgSpec, 1> kSnoozeArgs{{{"duration_s", ArgType::positive_seconds}}};
inline constexpr std::array<ArgSpec, 1> kMeetingArgs{{{"on", ArgType::boolean, true}}};
inline constexpr std::array<ArgSpec, 1> kStatsArgs{{{"days", ArgType::days}}};
inline constexpr std::array<ArgSpec, 1> kSettingsArgs{{{"set", ArgType::object}}};
inline constexpr std::array<ArgSpec, 2> kRemindArgs{
    {{"reminder", ArgType::object}, {"duration_s", ArgType::positive_seconds}}};
}  // namespace detail

/// The one table that names every command and its arguments.
inline constexpr std::array<CommandSpec, 15> kCommands{{
    {Command::status, "status", {}},
    {Command::pause, "pause", detail::kPauseArgs},
    {Command::resume, "resume", {}},
    {Command::start_break, "break", detail::kBreakArgs},
    {Command::snooze, "snooze", detail::kSnoozeArgs},
    {Command::skip, "skip", {}},
    {Command::done, "done", {}},
    {Command::meeting, "meeting", detail::kMeetingArgs},
    {Command::reload, "reload", {}},
    {Command::stats, "stats", detail::kStatsArgs},
    {Command::watch, "watch", {}},
    {Command::quit, "quit", {}},
    // What the current (or due) break shows, for the break window.
    {Command::plan, "plan", {}},
    // The common settings: read them, or `set` some (validated, then written
    // to the file the settings dialog manages, above config.toml).
    {Command::settings, "settings", detail::kSettingsArgs},
    // An answer to one [[reminder]]: `reminder` is {"id": ID, "answer":
    // "done" | "snooze"}; `duration_s` is the snooze's length.
    {Command::remind, "remind", detail::kRemindArgs},
}};

/// The table row for a wire name, or nullptr for an unknown command.
inline const CommandSpec* find_command(std::string_view name) {
  for (const auto& spec : kCommands)
    if (spec.name == name) return &spec;
  return nullptr;
}

/// The wire name of a command.
inline std::string_view to_string(Command command) {
  for (const auto& spec : kCommands)
    if (spec.command == command) return spec.name;
  return "status";
}

/// The wire name of an error code.
inline std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::refused:
      return "refused";
    case ErrorCode::bad_request:
      return "bad_request";
    case ErrorCode::unknown_command:
      return "unknown_command";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::forbidden:
      return "forbidden";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

/// The error code for a wire name (a newer daemon's unknown code: nullopt).
inline std::optional<ErrorCode> error_code_from_string(std::string_view name) {
  for (auto code : {ErrorCode::refused, ErrorCode::bad_request, ErrorCode::unknown_command,
                    ErrorCode::too_large, ErrorCode::forbidden, ErrorCode::internal})
    if (to_string(code) == name) return code;
  return std::nullopt;
}

}  // namespace unknot::control
