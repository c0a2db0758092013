#include "ctl/ctl_run.hpp"

#include <ostream>

#include <poll.h>
#include <unistd.h>

#include "client/control_client.hpp"
#include "ctl/ctl_format.hpp"
#include "ctl/stats_format.hpp"
#include "platform/autostart.hpp"
#include "platform/i18n.hpp"

namespace unknot {

namespace {

using nlohmann::json;

std::string one_line(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_message(const json& reply) {
  const auto error = reply.find("error");
  if (error != reply.end() && error->is_object()) {
    const auto message = error->find("message");
    if (message != error->end() && message->is_string() &&
        !message->get_ref<const std::string&>().empty())
      return message->get<std::string>();
  }
  return _("unknot refused the request");
}

std::string stats_text(const json& stats, CtlOutput output) {
  switch (output) {
    case CtlOutput::csv:
      return format_stats_csv(stats.get<StatsReply>());
    case CtlOutput::json:
      return one_line(stats) + "\n";
    case CtlOutput::human:
      break;
  }
  return format_stats_table(stats.get<StatsReply>());
}

void print_result(const CtlInvocation& invocation, const json& result, std::ostream& out) {
  if (invocation.command == "status") {
    out << (invocation.output == CtlOutput::json ? one_line(result) : format_status_line(result))
        << '\n';
  } else if (invocation.command == "stats") {
    out << stats_text(result, invocation.output);
  } else if (result.is_object() && result.contains("state")) {
    out << format_status_line(result) << '\n';  // a command that answers with the new status
  } else if (result.is_object() && result.contains("message") && result["message"].is_string()) {
    out << result["message"].get<std::string>() << '\n';
  }
}

/// `autostart [on|off]`: the user's XDG autostart entry, written beside no
/// daemon at all, so it works before unknot ever ran.
int run_autostart(const CtlInvocation& invocation, std::ostream& out, std::ostream& err) {
  if (invocation.autostart) {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::string error;
    if (!set_autostart(*invocation.autostart, daemon_beside(self), error)) {
      err << "unknotctl: " << error << '\n';
      return kCtlRefused;
    }
  }
  out << (autostart_enabled() ? "on" : "off") << '\n';
  return kCtlOk;
}

/// The first pause is short: a daemon restarting is back within a second.
constexpr std::chrono::milliseconds kFirstRetry{1000};
constexpr std::chrono::milliseconds kRetry{2000};

/// Sleeps `pause`; false as soon as nobody reads stdout any more (a status
/// bar that went away while no daemon ran: no write would tell us). Asking
/// poll() for no event waits the whole time on a pipe, a tty or a file; only
/// a pipe whose reader is gone reports POLLERR early.
bool wait_while_stdout_read(std::chrono::milliseconds pause) {
  pollfd stdout_fd{.fd = STDOUT_FILENO, .events = 0, .revents = 0};
  return ::poll(&stdout_fd, 1, static_cast<int>(pause.count())) <= 0 ||
         (stdout_fd.revents & (POLLERR | POLLHUP | POLLNVAL)) == 0;
}

}  // namespace

int run_watch(const std::filesystem::path& socket, std::ostream& out, std::ostream& err,
              const WatchWait& wait) {
  const json off = {{"state", "off"}};
  bool stdout_gone = false;
  auto print = [&](const json& status) {
    out << one_line(status) << '\n' << std::flush;
    stdout_gone = !out;
    return !stdout_gone;
  };
  bool said_off = false;
  std::chrono::milliseconds pause = kFirstRetry;
  for (;;) {
    try {
      ControlClient client;
      client.connect(socket);
      const json reply = client.watch([&](const json& status) {
        said_off = false;
        pause = kFirstRetry;
        return print(status);
      });
      if (!reply.value("ok", false)) {
        err << "unknotctl: " << error_message(reply) << '\n';
        return kCtlRefused;
      }
    } catch (const ControlClientError&) {
      // No daemon, or it went mid-way: either way "off" until one answers.
    }
    if (stdout_gone) return kCtlOk;
    if (!said_off && !print(off)) return kCtlOk;
    said_off = true;
    if (!wait(pause)) return kCtlOk;
    pause = kRetry;
  }
}

int run_ctl_request(const CtlInvocation& invocation, const std::filesystem::path& socket,
                    std::ostream& out, std::ostream& err) {
  try {
    ControlClient client;
    client.connect(socket);
    const json reply = client.request(invocation.command, invocation.args);
    if (!reply.value("ok", false)) {
      err << "unknotctl: " << error_message(reply) << '\n';
      return kCtlRefused;
    }
    print_result(invocation, reply.contains("result") ? reply["result"] : json(), out);
    return kCtlOk;
  } catch (const ControlClientError& e) {
    if (e.kind() == ControlClientError::Kind::not_running) {
      err << "unknotctl: " << _("unknot is not running") << '\n';
      return kCtlNotRunning;
    }
    err << "unknotctl: " << e.what() << '\n';
    return kCtlRefused;
  } catch (const std::exception& e) {  // a bug, still one line and no stack trace
    err << "unknotctl: " << e.what() << '\n';
    return kCtlRefused;
  }
}

int ctl_main(const std::vector<std::string>& args, std::string_view version, std::ostream& out,
             std::ostream& err) {
  const CtlInvocation invocation = parse_ctl_args(args);
  switch (invocation.action) {
    case CtlInvocation::Action::help:
      out << ctl_help();
      return kCtlOk;
    case CtlInvocation::Action::version:
      out << "unknotctl " << version << '\n';
      return kCtlOk;
    case CtlInvocation::Action::usage_error:
      err << "unknotctl: " << invocation.error << '\n' << ctl_usage_line() << '\n';
      return kCtlUsage;
    case CtlInvocation::Action::autostart:
      return run_autostart(invocation, out, err);
    case CtlInvocation::Action::request:
      break;
  }
  const auto socket = invocation.socket_path.value_or(default_control_socket_path());
  if (invocation.command == "watch") return run_watch(socket, out, err, wait_while_stdout_read);
  return run_ctl_request(invocation, socket, out, err);
}

}  // namespace unknot
