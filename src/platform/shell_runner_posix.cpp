#include <array>
#include <cerrno>
#include <cstring>
#include <map>

#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "platform/log.hpp"
#include "platform/shell_runner.hpp"

extern char** environ;

namespace unknot {

namespace {
using namespace std::chrono_literals;
using boost::asio::posix::stream_descriptor;
/// Where pidfd_open is missing (kernels before 5.3): how often to look.
constexpr auto kPollInterval = 200ms;
/// A chatty hook must not fill the log: lines past this are counted only.
constexpr int kMaxLoggedLines = 50;
/// A line longer than this is logged in pieces.
constexpr std::size_t kMaxLineBytes = 1000;

std::string describe_exit(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return std::string("ended by signal ") + strsignal(WTERMSIG(status));
  return "ended";
}

/// The daemon's environment with `extra` added, replacing variables of the same name.
std::vector<std::string> environment_with(const ShellJob& job) {
  std::vector<std::string> out;
  for (char** e = environ; e && *e; ++e) {
    const std::string_view entry(*e);
    const std::string_view name = entry.substr(0, entry.find('='));
    bool replaced = false;
    for (const auto& [key, value] : job.environment) replaced = replaced || key == name;
    if (!replaced) out.emplace_back(entry);
  }
  for (const auto& [key, value] : job.environment) out.push_back(key + "=" + value);
  return out;
}

std::vector<char*> pointers(std::vector<std::string>& texts) {
  std::vector<char*> out;
  for (std::string& t : texts) out.push_back(t.data());
  out.push_back(nullptr);
  return out;
}

/// `/bin/sh -c COMMAND` in a process group of its own (so a time-out kills
/// what it started too), stdout and stderr into `output_fd`, no other
/// inherited descriptors, default signal handling. Returns 0 on failure.
pid_t spawn_shell(const ShellJob& job, int output_fd, int& error) {
  std::vector<std::string> argv_text{"/bin/sh", "-c", job.command};
  std::vector<std::string> env_text = environment_with(job);
  std::vector<char*> argv = pointers(argv_text);
  std::vector<char*> envp = pointers(env_text);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, output_fd, 1);
  posix_spawn_file_actions_adddup2(&actions, output_fd, 2);
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int sig : {SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGHUP}) sigaddset(&defaults, sig);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
  pid_t pid = 0;
  error = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : 0;
}

/// One running job: its exit, its output and its time limit.
struct Child {
  Child(boost::asio::io_context& io, std::string job_name, pid_t job_pid)
      : name(std::move(job_name)), pid(job_pid), output(io), limit(io), poll(io) {}
  std::string name;
  pid_t pid;
  stream_descriptor output;
  std::unique_ptr<stream_descriptor> exited;  ///< the pidfd; null: polling
  boost::asio::steady_timer limit;
  boost::asio::steady_timer poll;
  std::array<char, 4096> buffer{};
  std::string partial_line;
  int lines_logged = 0;
  bool timed_out = false;
  bool reaped = false;
};

class PosixShellRunner final : public ShellRunner,
                               public std::enable_shared_from_this<PosixShellRunner> {
 public:
  PosixShellRunner(boost::asio::io_context& io, Duration time_limit)
      : io_(io), time_limit_(time_limit) {}
  ~PosixShellRunner() override {
    // The daemon is going: a hook left behind would run without its limit.
    for (auto& [name, child] : children_) {
      ::kill(-child->pid, SIGTERM);
      // Their handlers then end with operation_aborted instead of waiting on.
      boost::system::error_code ignored;
      child->output.close(ignored);
      if (child->exited) child->exited->close(ignored);
      child->limit.cancel();
      child->poll.cancel();
    }
  }

  void run(const ShellJob& job) override;
  [[nodiscard]] std::size_t running() const override { return children_.size(); }

 private:
  void watch_exit(const std::shared_ptr<Child>& child);
  void poll_exit(const std::shared_ptr<Child>& child);
  void read_output(const std::shared_ptr<Child>& child);
  void log_output(Child& child, std::string_view text, bool flush);
  void reap(const std::shared_ptr<Child>& child);

  boost::asio::io_context& io_;
  Duration time_limit_;
  std::map<std::string, std::shared_ptr<Child>> children_;
};

void PosixShellRunner::run(const ShellJob& job) {
  if (children_.count(job.name)) {
    log_warn("hook " + job.name + ": still running from the previous time; not started again");
    return;
  }
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    log_warn("hook " + job.name + ": cannot start: " + std::strerror(errno));
    return;
  }
  int error = 0;
  const pid_t pid = spawn_shell(job, fds[1], error);
  ::close(fds[1]);
  if (pid == 0) {
    ::close(fds[0]);
    log_warn("hook " + job.name + ": cannot start /bin/sh: " + std::strerror(error));
    return;
  }
  log_info("hook " + job.name + ": started (pid " + std::to_string(pid) + ")");
  auto child = std::make_shared<Child>(io_, job.name, pid);
  child->output.assign(fds[0]);
  children_[job.name] = child;
  read_output(child);
  watch_exit(child);
  child->limit.expires_after(time_limit_);
  child->limit.async_wait([child](const boost::system::error_code& ec) {
    if (ec || child->reaped) return;
    child->timed_out = true;
    ::kill(-child->pid, SIGKILL);
  });
}

void PosixShellRunner::watch_exit(const std::shared_ptr<Child>& child) {
  // glibc 2.36's <sys/pidfd.h> lacks extern "C": call the kernel directly.
  const int fd = static_cast<int>(::syscall(SYS_pidfd_open, child->pid, 0));
  if (fd < 0) return poll_exit(child);
  child->exited = std::make_unique<stream_descriptor>(io_, fd);
  std::weak_ptr<PosixShellRunner> self = weak_from_this();
  child->exited->async_wait(stream_descriptor::wait_read,
                            [self, child](const boost::system::error_code& ec) {
                              if (auto runner = self.lock(); runner && !ec) runner->reap(child);
                            });
}

void PosixShellRunner::poll_exit(const std::shared_ptr<Child>& child) {
  std::weak_ptr<PosixShellRunner> self = weak_from_this();
  child->poll.expires_after(kPollInterval);
  child->poll.async_wait([self, child](const boost::system::error_code& ec) {
    auto runner = self.lock();
    if (!runner || ec) return;
    siginfo_t info{};
    if (::waitid(P_PID, child->pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == 0)
      return runner->poll_exit(child);
    runner->reap(child);
  });
}

void PosixShellRunner::reap(const std::shared_ptr<Child>& child) {
  int status = 0;
  if (::waitpid(child->pid, &status, WNOHANG) != child->pid) return;
  child->reaped = true;
  child->limit.cancel();
  boost::system::error_code ignored;
  if (child->exited) child->exited->close(ignored);
  children_.erase(child->name);
  const std::string name = "hook " + child->name + ": ";
  if (child->timed_out)
    log_warn(name + "still running after " + std::to_string(time_limit_.count() / 1000) +
             " s; killed");
  else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
    log_info(name + "finished");
  else
    log_warn(name + "failed: " + describe_exit(status));
}

void PosixShellRunner::read_output(const std::shared_ptr<Child>& child) {
  std::weak_ptr<PosixShellRunner> self = weak_from_this();
  child->output.async_read_some(boost::asio::buffer(child->buffer),
                                [self, child](const boost::system::error_code& ec, std::size_t n) {
                                  auto runner = self.lock();
                                  if (!runner) return;
                                  runner->log_output(
                                      *child, std::string_view(child->buffer.data(), n), bool(ec));
                                  // The pipe stays open while anything the hook started in the
                                  // background still holds it; EOF comes when the last one exits.
                                  if (!ec) runner->read_output(child);
                                });
}

void PosixShellRunner::log_output(Child& child, std::string_view text, bool flush) {
  child.partial_line.append(text);
  auto emit = [&](std::string_view line) {
    if (++child.lines_logged <= kMaxLoggedLines)
      log_info("hook " + child.name + ": " + std::string(line));
    else if (child.lines_logged == kMaxLoggedLines + 1)
      log_info("hook " + child.name + ": (further output not logged)");
  };
  std::size_t start = 0;
  for (std::size_t nl; (nl = child.partial_line.find('\n', start)) != std::string::npos;
       start = nl + 1)
    emit(std::string_view(child.partial_line).substr(start, nl - start));
  child.partial_line.erase(0, start);
  if (child.partial_line.size() > kMaxLineBytes || (flush && !child.partial_line.empty())) {
    emit(child.partial_line);
    child.partial_line.clear();
  }
}

}  // namespace

std::unique_ptr<ShellRunner> make_shell_runner(boost::asio::io_context& io, Duration time_limit) {
  // Shared inside, so a handler that outlives the runner sees it is gone.
  struct Owner final : ShellRunner {
    explicit Owner(std::shared_ptr<PosixShellRunner> r) : runner(std::move(r)) {}
    void run(const ShellJob& job) override { runner->run(job); }
    [[nodiscard]] std::size_t running() const override { return runner->running(); }
    std::shared_ptr<PosixShellRunner> runner;
  };
  return std::make_unique<Owner>(std::make_shared<PosixShellRunner>(io, time_limit));
}

}  // namespace unknot
