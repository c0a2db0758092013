#include "support/desktop_session.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace unknot::test {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

/// Owns a file descriptor.
struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

std::vector<char*> c_argv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  for (const auto& a : argv) out.push_back(const_cast<char*>(a.c_str()));
  out.push_back(nullptr);
  return out;
}

/// Runs in the forked child: async-signal-safe calls only, then exec.
[[noreturn]] void exec_child(char* const* argv, pid_t parent, int in, int out, int err,
                             std::optional<int> fd3) {
  // Die with the test process, even when it crashes before any destructor.
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (::getppid() != parent) ::_exit(127);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  ::dup2(in, 0);
  ::dup2(out, 1);
  if (err >= 0) ::dup2(err, 2);
  if (fd3) {
    if (*fd3 == 3)
      ::fcntl(3, F_SETFD, 0);
    else
      ::dup2(*fd3, 3);
  }
  ::close_range(fd3 ? 4 : 3, ~0U, 0);
  ::execvp(argv[0], argv);
  ::_exit(127);
}

/// Reads from `fd` until EOF, a newline (when `line_only`) or the deadline.
std::string read_until(int fd, Clock::time_point deadline, bool line_only) {
  std::string text;
  while (true) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left)) <= 0) continue;
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    if (line_only && text.find('\n') != std::string::npos) break;
  }
  return text;
}

std::string first_line(std::string text) {
  if (const auto nl = text.find('\n'); nl != std::string::npos) text.resize(nl);
  return text;
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) fail("pipe2");
  Fd read_end{pipe_fds[0]}, write_end{pipe_fds[1]};
  Fd devnull{::open("/dev/null", O_RDONLY | O_CLOEXEC)};
  auto args = c_argv(argv);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) fail("fork");
  if (pid == 0) exec_child(args.data(), parent, devnull.fd, write_end.fd, -1, std::nullopt);
  write_end.reset();
  CommandResult result;
  result.output = read_until(read_end.fd, Clock::now() + timeout, false);
  int status = 0;
  if (::waitpid(pid, &status, WNOHANG) == 0) {
    // Still running after its output closed or the deadline: give it a moment, then kill it.
    wait_until([&] { return ::waitpid(pid, &status, WNOHANG) != 0; }, 2s, 2ms);
    if (::kill(pid, 0) == 0 && ::waitpid(pid, &status, WNOHANG) == 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
    }
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout,
                std::chrono::milliseconds step) {
  const auto deadline = Clock::now() + timeout;
  while (!condition()) {
    if (Clock::now() >= deadline) return condition();
    std::this_thread::sleep_for(step);
  }
  return true;
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const fs::path& log,
                           std::optional<int> fd3) {
  Fd log_fd{::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644)};
  if (log_fd.fd < 0) fail("open " + log.string());
  Fd devnull{::open("/dev/null", O_RDONLY | O_CLOEXEC)};
  auto args = c_argv(argv);
  const pid_t parent = ::getpid();
  pid_ = ::fork();
  if (pid_ < 0) fail("fork " + argv.front());
  if (pid_ == 0) exec_child(args.data(), parent, devnull.fd, log_fd.fd, log_fd.fd, fd3);
}

ChildProcess::~ChildProcess() { stop(); }

bool ChildProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) pid_ = -1;
  return pid_ > 0;
}

void ChildProcess::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  const bool exited =
      wait_until([&] { return ::waitpid(pid_, &status, WNOHANG) == pid_; }, 3s, 2ms);
  if (!exited) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
  }
  pid_ = -1;
}

DesktopSession::DesktopSession(DesktopOptions options) {
  std::string pattern = (fs::temp_directory_path() / "unknot-desktop-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) fail("mkdtemp");
  dir_ = pattern;
  set_env("NO_AT_BRIDGE", "1");
  // dunst and GTK-less GLib code would prefer a compositor or bus we do not own.
  set_env("WAYLAND_DISPLAY", std::nullopt);
  set_env("DISPLAY", std::nullopt);
  // Unset, GLib would autolaunch a bus through X11; this address has no one behind it.
  set_env("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + (dir_ / "no-bus").string());
  try {
    if (options.x11) start_x11();
    if (options.dbus) start_dbus();
  } catch (...) {
    clean_up();  // a throwing constructor gets no destructor call
    throw;
  }
}

DesktopSession::~DesktopSession() { clean_up(); }

void DesktopSession::clean_up() {
  helpers_.clear();
  if (dunst_) dunst_->stop();
  if (dbus_) dbus_->stop();
  if (xvfb_) xvfb_->stop();
  for (const auto& [name, value] : saved_env_) {
    if (value)
      ::setenv(name.c_str(), value->c_str(), 1);
    else
      ::unsetenv(name.c_str());
  }
  saved_env_.clear();
  std::error_code ignored;
  fs::remove_all(dir_, ignored);
}

void DesktopSession::set_env(const char* name, const std::optional<std::string>& value) {
  if (!saved_env_.contains(name)) {
    const char* old = std::getenv(name);
    saved_env_[name] = old ? std::optional<std::string>{old} : std::nullopt;
  }
  if (value)
    ::setenv(name, value->c_str(), 1);
  else
    ::unsetenv(name);
}

void DesktopSession::start_x11() {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) fail("pipe2");
  Fd read_end{pipe_fds[0]}, write_end{pipe_fds[1]};
  // -displayfd: the server picks a free display and writes its number once it accepts clients.
  xvfb_.emplace(std::vector<std::string>{"Xvfb", "-displayfd", "3", "-noreset", "-nolisten", "tcp",
                                         "-screen", "0", "1280x800x24"},
                dir_ / "xvfb.log", write_end.fd);
  write_end.reset();
  const std::string number = first_line(read_until(read_end.fd, Clock::now() + 15s, true));
  if (number.empty()) throw std::runtime_error("Xvfb did not start: " + read_log("xvfb.log"));
  display_ = ":" + number;
  set_env("DISPLAY", display_);
}

void DesktopSession::start_dbus() {
  // No service directories: nothing is D-Bus-activated behind a test's back.
  const fs::path config = dir_ / "session.conf";
  std::ofstream{config} << "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                           "Configuration 1.0//EN\"\n"
                           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type>\n"
                        << "<listen>unix:dir=" << dir_.string() << "</listen>\n"
                        << "<auth>EXTERNAL</auth>\n"
                           "<policy context=\"default\"><allow send_destination=\"*\" "
                           "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                           "</policy></busconfig>\n";
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) fail("pipe2");
  Fd read_end{pipe_fds[0]}, write_end{pipe_fds[1]};
  dbus_.emplace(std::vector<std::string>{"dbus-daemon", "--nofork",
                                         "--config-file=" + config.string(), "--print-address=3"},
                dir_ / "dbus.log", write_end.fd);
  write_end.reset();
  bus_address_ = first_line(read_until(read_end.fd, Clock::now() + 15s, true));
  if (bus_address_.empty())
    throw std::runtime_error("dbus-daemon did not start: " + read_log("dbus.log"));
  set_env("DBUS_SESSION_BUS_ADDRESS", bus_address_);
}

bool DesktopSession::bus_name_has_owner(const std::string& name) const {
  const auto result = run_command({"dbus-send", "--bus=" + bus_address_, "--print-reply=literal",
                                   "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                   "org.freedesktop.DBus.NameHasOwner", "string:" + name});
  return result.exit_code == 0 && result.output.find("true") != std::string::npos;
}

void DesktopSession::start_dunst(const std::string& extra_config) {
  const fs::path config = dir_ / "dunstrc";
  std::ofstream{config} << "[global]\n    dmenu = /bin/false\n    browser = /bin/false\n"
                        << extra_config << "\n";
  dunst_.emplace(std::vector<std::string>{"dunst", "-config", config.string()}, dir_ / "dunst.log");
  const bool up = wait_until(
      [&] { return !dunst_->running() || bus_name_has_owner("org.freedesktop.Notifications"); });
  if (!up || !dunst_->running())
    throw std::runtime_error("dunst did not start: " + read_log("dunst.log"));
}

void DesktopSession::stop_dunst() {
  if (dunst_) dunst_->stop();
  dunst_.reset();
}

ChildProcess& DesktopSession::spawn(const std::vector<std::string>& argv,
                                    const std::string& log_name) {
  helpers_.push_back(std::make_unique<ChildProcess>(argv, dir_ / log_name));
  return *helpers_.back();
}

std::string DesktopSession::read_log(const std::string& log_name) const {
  std::ifstream in{dir_ / log_name};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace unknot::test
