#include "service/ui_launcher.hpp"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <map>

#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "platform/log.hpp"
#include "platform/paths.hpp"

extern char** environ;

namespace unknot {

namespace {
using namespace std::chrono_literals;
/// A window asked to close gets this long before it is killed, so a hung
/// unknot-ui can never keep the daemon from exiting.
constexpr auto kTermGrace = 3s;
/// Where pidfd_open is missing (kernels before 5.3): how often to look.
constexpr auto kPollInterval = 1s;

const char* role_name(UiRole role) {
  switch (role) {
    case UiRole::break_window:
      return "break window";
    case UiRole::settings:
      return "settings";
    case UiRole::stats:
      return "statistics";
    case UiRole::status:
      return "status";
    case UiRole::tray:
      return "tray";
    case UiRole::menu:
      return "tray menu";
  }
  return "?";
}

std::string describe_exit(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return std::string("ended by signal ") + strsignal(WTERMSIG(status));
  return "ended";
}

/// posix_spawn with a clean slate: no inherited sockets (Asio opens them
/// without CLOEXEC), default signal handling, nothing blocked.
pid_t spawn(const std::vector<std::string>& argv_text, int& error) {
  std::vector<char*> argv;
  for (const std::string& a : argv_text) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int sig : {SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGHUP}) sigaddset(&defaults, sig);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  error = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : 0;
}
}  // namespace

struct UiLauncher::Impl {
  /// One started process: a pidfd becomes readable when it exits, so reaping
  /// needs no SIGCHLD handler (which GLib or Asio might already own).
  struct Child {
    pid_t pid = 0;
    std::unique_ptr<boost::asio::posix::stream_descriptor> exited;
    std::unique_ptr<boost::asio::steady_timer> timer;  ///< kill escalation or polling
  };

  Impl(boost::asio::io_context& io, std::filesystem::path program, std::filesystem::path socket)
      : io_(io), program_(std::move(program)), socket_(std::move(socket)) {}

  void open(UiRole role, const std::vector<std::string>& args);
  void close(UiRole role);
  void watch(UiRole role, Child& child);
  void poll(UiRole role, pid_t pid);
  /// Reaps `pid` if it has exited; true then.
  bool reap(UiRole role, pid_t pid);
  void kill_all_now();

  boost::asio::io_context& io_;
  std::filesystem::path program_;
  std::filesystem::path socket_;
  std::map<UiRole, Child> children_;
};

void UiLauncher::Impl::open(UiRole role, const std::vector<std::string>& args) {
  if (children_.count(role)) {
    log_debug(std::string("unknot-ui ") + role_name(role) + " already runs");
    return;
  }
  std::vector<std::string> argv{program_.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::filesystem::path socket = socket_;
  if (socket.empty()) {
    try {
      socket = control_socket_path();
    } catch (const std::exception& e) {
      log_warn(std::string("unknot-ui: no control socket path: ") + e.what());
    }
  }
  if (!socket.empty()) argv.insert(argv.end(), {"--socket", socket.string()});
  int error = 0;
  const pid_t pid = spawn(argv, error);
  if (pid == 0) {
    log_warn("cannot start " + program_.string() + ": " + std::strerror(error));
    return;
  }
  log_info(std::string("started unknot-ui ") + role_name(role) + " (pid " + std::to_string(pid) +
           ")");
  Child& child = children_[role];
  child.pid = pid;
  child.timer = std::make_unique<boost::asio::steady_timer>(io_);
  watch(role, child);
}

void UiLauncher::Impl::watch(UiRole role, Child& child) {
  const pid_t pid = child.pid;
  // glibc 2.36's <sys/pidfd.h> lacks extern "C": call the kernel directly.
  const int fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
  if (fd < 0) {
    poll(role, pid);
    return;
  }
  child.exited = std::make_unique<boost::asio::posix::stream_descriptor>(io_, fd);
  child.exited->async_wait(boost::asio::posix::stream_descriptor::wait_read,
                           [this, role, pid](const boost::system::error_code& ec) {
                             if (ec == boost::asio::error::operation_aborted) return;
                             reap(role, pid);
                           });
}

void UiLauncher::Impl::poll(UiRole role, pid_t pid) {
  auto it = children_.find(role);
  if (it == children_.end() || it->second.pid != pid) return;
  it->second.timer->expires_after(kPollInterval);
  it->second.timer->async_wait([this, role, pid](const boost::system::error_code& ec) {
    if (!ec && !reap(role, pid)) poll(role, pid);
  });
}

bool UiLauncher::Impl::reap(UiRole role, pid_t pid) {
  int status = 0;
  const pid_t done = waitpid(pid, &status, WNOHANG);
  if (done == 0) return false;
  if (done == pid)
    log_info(std::string("unknot-ui ") + role_name(role) + " " + describe_exit(status));
  auto it = children_.find(role);
  if (it != children_.end() && it->second.pid == pid) children_.erase(it);
  return true;
}

void UiLauncher::Impl::close(UiRole role) {
  auto it = children_.find(role);
  if (it == children_.end()) return;
  const pid_t pid = it->second.pid;
  ::kill(pid, SIGTERM);
  if (it->second.exited) {  // polling uses the timer itself
    it->second.timer->expires_after(kTermGrace);
    it->second.timer->async_wait([this, role, pid](const boost::system::error_code& ec) {
      if (ec) return;
      auto still = children_.find(role);
      if (still == children_.end() || still->second.pid != pid) return;
      log_warn(std::string("unknot-ui ") + role_name(role) + " ignored SIGTERM; killing it");
      ::kill(pid, SIGKILL);
    });
  }
}

void UiLauncher::Impl::kill_all_now() {
  // The loop is gone: wait here, briefly, rather than leave zombies behind.
  for (auto& [role, child] : children_) {
    ::kill(child.pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 30 && waitpid(child.pid, &status, WNOHANG) == 0; ++i) usleep(100'000);
    if (waitpid(child.pid, &status, WNOHANG) == 0) {
      ::kill(child.pid, SIGKILL);
      waitpid(child.pid, &status, 0);
    }
  }
  children_.clear();
}

UiLauncher::UiLauncher(boost::asio::io_context& io, std::filesystem::path program,
                       std::filesystem::path socket)
    : impl_(std::make_unique<Impl>(io, std::move(program), std::move(socket))) {}

UiLauncher::~UiLauncher() { impl_->kill_all_now(); }

void UiLauncher::open(UiRole role, const std::vector<std::string>& args) {
  impl_->open(role, args);
}

void UiLauncher::close(UiRole role) { impl_->close(role); }

void UiLauncher::close_all() {
  for (UiRole role :
       {UiRole::break_window, UiRole::settings, UiRole::stats, UiRole::status, UiRole::tray,
        UiRole::menu})
    impl_->close(role);
}

bool UiLauncher::running(UiRole role) const { return impl_->children_.count(role) > 0; }

int UiLauncher::pid(UiRole role) const {
  auto it = impl_->children_.find(role);
  return it == impl_->children_.end() ? 0 : it->second.pid;
}

std::filesystem::path ui_program_path() {
  if (const char* env = std::getenv("UNKNOT_UI"); env && *env) return env;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "unknot-ui";
  return exe.parent_path() / "unknot-ui";
}

}  // namespace unknot
