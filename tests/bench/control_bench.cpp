// unknot-bench-control [SOCKET] [--pid PID]
//
// Load on the control socket: (a) 2,000 sequential `status` round trips, each
// on a fresh connection as `unknotctl status` makes them, reporting median and
// p99 latency; (b) 1,000 concurrent clients sending 100 `status` requests each,
// reporting answered requests, errors and wall time. Prints the server's RSS
// before, right after and 2 s after the load.
//
// Without SOCKET a server with a trivial status handler runs in a forked child
// process, so its RSS is the server's alone. With SOCKET the bench talks to a
// running daemon; pass --pid to have its RSS reported.
#include <utility>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "client/control_client.hpp"
#include "service/control_server.hpp"

namespace {

namespace asio = boost::asio;
using Protocol = asio::local::stream_protocol;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr int kSequential = 2000;
constexpr int kClients = 1000;
constexpr int kRequestsPerClient = 100;
constexpr auto kLoadTimeLimit = std::chrono::seconds{120};

std::string rss_of(pid_t pid) {
  if (pid <= 0) return "n/a (pass --pid)";
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return line.substr(line.find_first_not_of(" \t", 6));
  return "n/a";
}

// The in-process server: a child process so that its memory is measured alone.
pid_t fork_server(const std::filesystem::path& path) {
  const pid_t child = ::fork();
  if (child != 0) return child;
  asio::io_context io;
  const json status = {
      {"state", "active"},       {"next_break", {{"kind", "micro"}, {"in_s", 600}}},
      {"sitting_s", 60},         {"paused", false},
      {"paused_until", nullptr}, {"idle_source", "bench"}};
  unknot::ControlServer server(io, path, [&](const unknot::control::Request&) {
    return unknot::control::Reply::success(status);
  });
  if (server.start() != unknot::ControlServer::StartResult::listening) ::_exit(1);
  asio::signal_set signals(io, SIGTERM, SIGINT);
  signals.async_wait([&](const boost::system::error_code&, int) { server.stop(); });
  io.run();
  ::_exit(0);
}

bool wait_until_live(const std::filesystem::path& path) {
  for (int i = 0; i < 500; ++i) {
    if (unknot::probe_socket(path) == unknot::SocketProbe::live) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds{10});
  }
  return false;
}

void sequential(const std::filesystem::path& path) {
  std::vector<double> ms;
  ms.reserve(kSequential);
  int errors = 0;
  for (int i = 0; i < kSequential; ++i) {
    const auto start = Clock::now();
    try {
      unknot::ControlClient client;
      client.connect(path);
      if (!client.request("status").value("ok", false)) ++errors;
    } catch (const std::exception&) {
      ++errors;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf(
      "(a) %d sequential status round trips, fresh connection each: median %.3f ms, "
      "p99 %.3f ms, max %.3f ms, errors %d\n",
      kSequential, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back(), errors);
}

// One of the concurrent clients: connect, then request/reply kRequestsPerClient times.
class LoadClient : public std::enable_shared_from_this<LoadClient> {
 public:
  LoadClient(asio::io_context& io, int& answered, int& errors)
      : socket_(io), answered_(answered), errors_(errors) {}
  void start(const std::filesystem::path& path) {
    socket_.async_connect(Protocol::endpoint(path.string()),
                          [self = shared_from_this()](const boost::system::error_code& e) {
                            if (e) return self->fail();
                            self->send();
                          });
  }

 private:
  void send() {
    line_ = "{\"id\":" + std::to_string(sent_++) + ",\"cmd\":\"status\"}\n";
    asio::async_write(socket_, asio::buffer(line_),
                      [self = shared_from_this()](const boost::system::error_code& e, std::size_t) {
                        if (e) return self->fail();
                        self->receive();
                      });
  }
  void receive() {
    asio::async_read_until(
        socket_, buffer_, '\n',
        [self = shared_from_this()](const boost::system::error_code& e, std::size_t n) {
          if (e) return self->fail();
          self->on_reply(n);
        });
  }
  void on_reply(std::size_t n) {
    const auto data = buffer_.data();
    const json reply =
        json::parse(asio::buffers_begin(data), asio::buffers_begin(data) + n, nullptr, false);
    buffer_.consume(n);
    ++done_;
    if (reply.is_object() && reply.value("ok", false))
      ++answered_;
    else
      ++errors_;
    if (sent_ < kRequestsPerClient) return send();
    boost::system::error_code ignored;
    socket_.close(ignored);
  }
  // Every request this client could not get answered counts as an error.
  void fail() { errors_ += kRequestsPerClient - done_; }

  Protocol::socket socket_;
  asio::streambuf buffer_;
  std::string line_;
  int sent_ = 0;
  int done_ = 0;
  int& answered_;
  int& errors_;
};

void concurrent(const std::filesystem::path& path) {
  asio::io_context io;
  int answered = 0, errors = 0;
  const auto start = Clock::now();
  for (int i = 0; i < kClients; ++i)
    std::make_shared<LoadClient>(io, answered, errors)->start(path);
  io.run_for(kLoadTimeLimit);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const int total = kClients * kRequestsPerClient;
  std::printf(
      "(b) %d concurrent clients x %d status requests: %d/%d answered, %d errors, "
      "%d unaccounted, wall %.2f s (%.0f requests/s)\n",
      kClients, kRequestsPerClient, answered, total, errors, total - answered - errors, seconds,
      answered / seconds);
}

}  // namespace

int main(int argc, char* argv[]) {
  std::optional<std::filesystem::path> socket;
  pid_t pid = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--pid" && i + 1 < argc)
      pid = static_cast<pid_t>(std::atoi(argv[++i]));
    else if (arg == "--help" || arg == "-h" || arg[0] == '-') {
      std::fprintf(stderr, "usage: unknot-bench-control [SOCKET] [--pid PID]\n");
      return arg[0] == '-' && arg != "--help" && arg != "-h" ? 2 : 0;
    } else
      socket = arg;
  }
  std::printf("open-file limit raised to %zu\n", unknot::raise_open_file_limit());
  std::filesystem::path scratch;
  if (!socket) {
    char pattern[] = "/tmp/unknot-bench-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) return 1;
    scratch = pattern;
    socket = scratch / "unknot" / "control.sock";
    pid = fork_server(*socket);
    if (!wait_until_live(*socket)) return 1;
    std::printf("in-process server (child pid %d) on %s\n", pid, socket->c_str());
  }
  std::printf("server RSS before load: %s\n", rss_of(pid).c_str());
  sequential(*socket);
  concurrent(*socket);
  std::printf("server RSS right after load: %s\n", rss_of(pid).c_str());
  std::this_thread::sleep_for(std::chrono::seconds{2});
  std::printf("server RSS 2 s after load: %s\n", rss_of(pid).c_str());
  if (!scratch.empty()) {
    ::kill(pid, SIGTERM);
    ::waitpid(pid, nullptr, 0);
    std::filesystem::remove_all(scratch);
  }
  return 0;
}
