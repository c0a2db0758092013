#include "ctl/ctl_args.hpp"

#include <chrono>
#include <span>
#include <string_view>

#include "core/duration_text.hpp"
#include "core/time_text.hpp"
#include "protocol/protocol_types.hpp"

namespace unknot {

namespace {

using nlohmann::json;
using Args = std::span<const std::string>;
using Action = CtlInvocation::Action;

/// Thrown inside the parser, caught once in parse_ctl_args().
struct UsageError {
  std::string message;
};

bool is_option(std::string_view arg) { return arg.size() > 1 && arg[0] == '-'; }

// "--name VALUE" or "--name=VALUE"; advances i past what it used.
std::optional<std::string> option_value(Args args, std::size_t& i, std::string_view name) {
  const std::string_view arg = args[i];
  if (arg == name) {
    if (i + 1 >= args.size()) throw UsageError{std::string(name) + " needs a value"};
    return args[++i];
  }
  if (arg.size() > name.size() && arg.substr(0, name.size()) == name && arg[name.size()] == '=')
    return std::string(arg.substr(name.size() + 1));
  return std::nullopt;
}

long long duration_seconds(std::string_view text) {
  const auto d = parse_duration(text);
  const long long s = d ? std::chrono::duration_cast<std::chrono::seconds>(*d).count() : 0;
  if (s < 1 || s > control::kMaxDurationSeconds)
    throw UsageError{"'" + std::string(text) + "' is not a duration (e.g. 45s, 20m, 1h30m)"};
  return s;
}

void no_more(Args rest, std::size_t from, std::string_view command) {
  if (from < rest.size())
    throw UsageError{"unexpected '" + rest[from] + "' after '" + std::string(command) + "'"};
}

void parse_status(Args rest, CtlInvocation& out) {
  for (const auto& arg : rest) {
    if (arg != "--json") throw UsageError{"status takes only --json, not '" + arg + "'"};
    out.output = CtlOutput::json;
  }
}

void parse_pause(Args rest, CtlInvocation& out) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (auto until = option_value(rest, i, "--until")) {
      if (!parse_time_of_day(*until)) throw UsageError{"--until takes a time as HH:MM"};
      out.args["until"] = *until;
    } else if (rest[i] == "--meeting") {
      out.args["meeting"] = true;
    } else if (!is_option(rest[i]) && !out.args.contains("duration_s")) {
      out.args["duration_s"] = duration_seconds(rest[i]);
    } else {
      throw UsageError{"pause does not take '" + rest[i] + "'"};
    }
  }
  if (out.args.contains("until") && out.args.contains("duration_s"))
    throw UsageError{"pause takes a DURATION or --until HH:MM, not both"};
}

void parse_break(Args rest, CtlInvocation& out) {
  if (rest.empty()) return;
  if (rest[0] != "micro" && rest[0] != "rest")
    throw UsageError{"break takes micro or rest, not '" + rest[0] + "'"};
  out.args["kind"] = rest[0];
  no_more(rest, 1, "break");
}

void parse_snooze(Args rest, CtlInvocation& out) {
  if (rest.empty()) return;
  out.args["duration_s"] = duration_seconds(rest[0]);
  no_more(rest, 1, "snooze");
}

/// remind ID done|snooze [DURATION]: an answer to one [[reminder]].
void parse_remind(Args rest, CtlInvocation& out) {
  if (rest.size() < 2 || (rest[1] != "done" && rest[1] != "snooze"))
    throw UsageError{"remind takes a reminder id, then done or snooze"};
  out.args["reminder"] = {{"id", rest[0]}, {"answer", rest[1]}};
  if (rest[1] == "snooze" && rest.size() > 2) {
    out.args["duration_s"] = duration_seconds(rest[2]);
    return no_more(rest, 3, "remind");
  }
  no_more(rest, 2, "remind");
}

void parse_stats(Args rest, CtlInvocation& out) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (auto days = option_value(rest, i, "--days")) {
      int n = 0;
      const bool digits = !days->empty() && days->size() <= 4 &&
                          days->find_first_not_of("0123456789") == std::string::npos;
      if (digits) n = std::stoi(*days);
      if (n < 1 || n > control::kMaxStatsDays)
        throw UsageError{"--days takes a number from 1 to " +
                         std::to_string(control::kMaxStatsDays)};
      out.args["days"] = n;
    } else if (rest[i] == "--json" || rest[i] == "--csv") {
      if (out.output != CtlOutput::human) throw UsageError{"give --json or --csv, not both"};
      out.output = rest[i] == "--json" ? CtlOutput::json : CtlOutput::csv;
    } else {
      throw UsageError{"stats does not take '" + rest[i] + "'"};
    }
  }
}

void parse_meeting(Args rest, CtlInvocation& out) {
  if (rest.empty() || (rest[0] != "on" && rest[0] != "off"))
    throw UsageError{"meeting takes on or off"};
  out.args["on"] = rest[0] == "on";
  no_more(rest, 1, "meeting");
}

void parse_autostart(Args rest, CtlInvocation& out) {
  out.action = Action::autostart;
  if (rest.empty()) return;
  if (rest[0] != "on" && rest[0] != "off") throw UsageError{"autostart takes on or off"};
  out.autostart = rest[0] == "on";
  no_more(rest, 1, "autostart");
}

void parse_command(const std::string& command, Args rest, CtlInvocation& out) {
  out.command = command;
  out.action = Action::request;
  if (command == "status") return parse_status(rest, out);
  if (command == "pause") return parse_pause(rest, out);
  if (command == "break") return parse_break(rest, out);
  if (command == "snooze") return parse_snooze(rest, out);
  if (command == "stats") return parse_stats(rest, out);
  if (command == "meeting") return parse_meeting(rest, out);
  if (command == "remind") return parse_remind(rest, out);
  if (command == "autostart") return parse_autostart(rest, out);
  for (const char* bare : {"resume", "skip", "done", "reload", "watch", "quit"})
    if (command == bare) return no_more(rest, 0, command);
  throw UsageError{"unknown command '" + command + "'"};
}

}  // namespace

CtlInvocation parse_ctl_args(const std::vector<std::string>& args) {
  CtlInvocation out;
  try {
    for (const auto& arg : args) {
      if (arg == "--help" || arg == "-h") {
        out.action = Action::help;
        return out;
      }
    }
    const Args all(args);
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (auto path = option_value(all, i, "--socket")) {
        out.socket_path = *path;
      } else if (all[i] == "--version" || all[i] == "-V") {
        out.action = Action::version;
        return out;
      } else if (all[i] == "help") {
        out.action = Action::help;
        return out;
      } else if (is_option(all[i])) {
        throw UsageError{"unknown option '" + all[i] + "'"};
      } else {
        parse_command(all[i], all.subspan(i + 1), out);
        return out;
      }
    }
    throw UsageError{"no command given"};
  } catch (const UsageError& e) {
    out.action = Action::usage_error;
    out.error = e.message;
  }
  return out;
}

std::string ctl_usage_line() {
  return "usage: unknotctl [--socket PATH] "
         "status|pause|resume|break|snooze|skip|done|meeting|remind|reload|stats|watch|quit|"
         "autostart "
         "[ARGS] "
         "(see unknotctl --help)";
}

std::string ctl_help() {
  return R"(unknotctl: control the running unknot daemon

usage: unknotctl [--socket PATH] COMMAND [ARGS]

  status [--json]                      what unknot is doing now
  pause [DURATION | --until HH:MM] [--meeting]
                                       pause reminders (indefinitely without an argument)
  resume                               end a pause
  break [micro|rest]                   start a break now
  snooze [DURATION]                    postpone the break that is due
  skip                                 skip the break that is due or running
  done                                 finish the running break
  meeting on|off                       hold reminders for a meeting, or end the hold
  remind ID done|snooze [DURATION]     answer the [[reminder]] ID: done starts its interval
                                       again, snooze brings it back later
  reload                               re-read the config and routine files
  stats [--days N] [--json | --csv]    break history
  watch                                one JSON status object per line on every change
  quit                                 stop the daemon
  autostart [on|off]                   start unknot at login (XDG autostart entry), or
                                       say whether it does; works without the daemon

DURATION is like 45s, 20m, 1h30m or plain seconds.
--socket PATH talks to the daemon at PATH instead of $XDG_RUNTIME_DIR/unknot/control.sock.

Exit status: 0 success, 1 the daemon refused, 2 bad usage, 3 unknot is not running.
)";
}

}  // namespace unknot
