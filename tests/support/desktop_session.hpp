#pragma once
// A throwaway desktop for integration tests: a private X server (Xvfb), a
// private D-Bus session bus and, on request, a real notification server
// (dunst). Everything started here is stopped by PID when the fixture dies,
// and dies with the test process if that crashes first.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace unknot::test {

using namespace std::chrono_literals;

/// What a finished command printed on stdout, and how it ended.
struct CommandResult {
  /// The exit status, or -1 when it was killed (timeout or signal).
  int exit_code = -1;
  std::string output;
};

/// Runs `argv` (looked up in PATH) with the current environment and waits at
/// most `timeout` for it; stderr goes to the test's stderr.
CommandResult run_command(const std::vector<std::string>& argv,
                          std::chrono::milliseconds timeout = 10s);

/// Polls `condition` every `step` until it holds or `timeout` passes; returns
/// its last value. For waiting on other processes, never on our own code.
bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout = 10s,
                std::chrono::milliseconds step = 10ms);

/// A child process, terminated (SIGTERM, then SIGKILL) when this object dies.
class ChildProcess {
 public:
  /// Starts `argv` with stdin from /dev/null and stdout+stderr appended to
  /// `log`; `fd3`, when given, becomes the child's fd 3. Throws on failure.
  ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& log,
               std::optional<int> fd3 = std::nullopt);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  [[nodiscard]] pid_t pid() const { return pid_; }
  /// Whether it is still running (reaps it if it has exited).
  [[nodiscard]] bool running();
  /// Terminates it and waits for it; idempotent.
  void stop();

 private:
  pid_t pid_ = -1;
};

/// Which parts of a desktop a test needs.
struct DesktopOptions {
  bool x11 = true;
  bool dbus = true;
};

/// Starts Xvfb and/or a session bus and points DISPLAY and
/// DBUS_SESSION_BUS_ADDRESS at them (plus NO_AT_BRIDGE=1); the previous
/// environment comes back in the destructor. Throws when a part cannot start.
class DesktopSession {
 public:
  explicit DesktopSession(DesktopOptions options = {});
  ~DesktopSession();
  DesktopSession(const DesktopSession&) = delete;
  DesktopSession& operator=(const DesktopSession&) = delete;

  /// ":N", or empty without X11.
  [[nodiscard]] const std::string& display() const { return display_; }
  /// The private bus's address, or empty without D-Bus.
  [[nodiscard]] const std::string& bus_address() const { return bus_address_; }
  /// The session's own folder (logs, configs), removed afterwards.
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

  /// Starts dunst with a config of its own plus `extra_config` (dunstrc
  /// sections), and waits until it owns org.freedesktop.Notifications.
  void start_dunst(const std::string& extra_config = "");
  /// Stops dunst; the name leaves the bus.
  void stop_dunst();
  /// Whether some process owns `name` on the private bus.
  [[nodiscard]] bool bus_name_has_owner(const std::string& name) const;
  /// Starts a helper (dbus-monitor, ...) that lives as long as the session.
  ChildProcess& spawn(const std::vector<std::string>& argv, const std::string& log_name);
  /// The text of a log file in dir().
  [[nodiscard]] std::string read_log(const std::string& log_name) const;

 private:
  void start_x11();
  void start_dbus();
  /// Sets (or, with nullopt, unsets) a variable, remembering its first value.
  void set_env(const char* name, const std::optional<std::string>& value);
  /// Stops every process, restores the environment, removes dir().
  void clean_up();

  std::filesystem::path dir_;
  std::map<std::string, std::optional<std::string>> saved_env_;
  std::string display_;
  std::string bus_address_;
  std::optional<ChildProcess> xvfb_;
  std::optional<ChildProcess> dbus_;
  std::optional<ChildProcess> dunst_;
  std::vector<std::unique_ptr<ChildProcess>> helpers_;
};

}  // namespace unknot::test
