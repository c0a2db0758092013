#include <utility>  // before Asio: Boost 1.74 + C++20 needs it first

#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <glib-unix.h>
#include <glib.h>
#include <unistd.h>

#include "service/glib_loop.hpp"

using namespace std::chrono_literals;
namespace asio = boost::asio;

namespace {

/// Calls `f` from a GLib timeout after `ms`, once.
void glib_after(guint ms, std::function<void()> f) {
  auto* heap = new std::function<void()>(std::move(f));
  g_timeout_add_full(
      G_PRIORITY_DEFAULT, ms,
      [](gpointer data) {
        (*static_cast<std::function<void()>*>(data))();
        return G_SOURCE_REMOVE;
      },
      heap, [](gpointer data) { delete static_cast<std::function<void()>*>(data); });
}

/// Fails the test instead of hanging when `io.run()` would never return.
struct Watchdog {
  asio::steady_timer timer;
  bool fired = false;
  Watchdog(asio::io_context& io, std::chrono::seconds limit) : timer(io, limit) {
    timer.async_wait([this, &io](const boost::system::error_code& ec) {
      if (ec) return;
      fired = true;
      io.stop();
    });
  }
};

}  // namespace

TEST_CASE("GLib idle and timeout sources fire through the Asio loop", "[glib_loop]") {
  asio::io_context io;
  unknot::GlibLoop loop{io};
  Watchdog watchdog{io, 10s};
  std::vector<std::string> fired;
  g_idle_add_full(
      G_PRIORITY_DEFAULT_IDLE,
      [](gpointer data) {
        static_cast<std::vector<std::string>*>(data)->push_back("idle");
        return G_SOURCE_REMOVE;
      },
      &fired, nullptr);
  const auto start = std::chrono::steady_clock::now();
  glib_after(30, [&] {
    fired.push_back("timeout");
    watchdog.timer.cancel();
    loop.stop();  // from inside a GLib callback
  });
  io.run();  // returns only once GlibLoop has withdrawn every wait
  CHECK_FALSE(watchdog.fired);
  CHECK(fired == std::vector<std::string>{"idle", "timeout"});
  CHECK(std::chrono::steady_clock::now() - start >= 30ms);
  CHECK_FALSE(loop.running());
}

TEST_CASE("Asio timers and GLib timeouts take turns on one thread", "[glib_loop]") {
  asio::io_context io;
  unknot::GlibLoop loop{io};
  Watchdog watchdog{io, 10s};
  asio::steady_timer asio_timer{io};
  std::vector<std::string> turns;
  const auto test_thread = std::this_thread::get_id();
  bool same_thread = true;

  // Each side hands over to the other: three rounds of GLib -> Asio.
  std::function<void()> glib_turn;
  auto asio_turn = [&] {
    asio_timer.expires_after(10ms);
    asio_timer.async_wait([&](const boost::system::error_code& ec) {
      if (ec) return;
      same_thread = same_thread && std::this_thread::get_id() == test_thread;
      turns.push_back("asio");
      if (turns.size() < 6) {
        glib_after(10, glib_turn);
        loop.refresh();  // a GLib source added from an Asio handler
      } else {
        watchdog.timer.cancel();
        loop.stop();
      }
    });
  };
  glib_turn = [&] {
    same_thread = same_thread && std::this_thread::get_id() == test_thread;
    turns.push_back("glib");
    asio_turn();
  };
  glib_after(10, glib_turn);
  io.run();
  CHECK_FALSE(watchdog.fired);
  CHECK(turns == std::vector<std::string>{"glib", "asio", "glib", "asio", "glib", "asio"});
  CHECK(same_thread);
}

TEST_CASE("an idle GLib context causes no wakeups", "[glib_loop]") {
  asio::io_context io;
  unknot::GlibLoop loop{io};
  // With nothing due in GLib, a busy loop or a fixed tick would run handlers here.
  const std::size_t handlers = io.run_for(300ms);
  CHECK(handlers <= 3);
}

TEST_CASE("work added to GLib from another thread wakes the loop", "[glib_loop]") {
  asio::io_context io;
  unknot::GlibLoop loop{io};
  Watchdog watchdog{io, 10s};
  std::thread::id ran_on;
  std::function<void()> on_idle = [&] {
    ran_on = std::this_thread::get_id();
    watchdog.timer.cancel();
    loop.stop();
  };
  std::thread other{[&] {
    std::this_thread::sleep_for(50ms);  // the loop is asleep in epoll by now
    g_idle_add(
        [](gpointer data) {
          (*static_cast<std::function<void()>*>(data))();
          return G_SOURCE_REMOVE;
        },
        &on_idle);
  }};
  io.run();
  other.join();
  CHECK_FALSE(watchdog.fired);
  CHECK(ran_on == std::this_thread::get_id());
  CHECK_FALSE(loop.running());
}

TEST_CASE("a GLib fd watch fires through Asio and keeps its blocking mode", "[glib_loop]") {
  asio::io_context io;
  unknot::GlibLoop loop{io};
  Watchdog watchdog{io, 10s};
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  int flags = -1;
  char byte = 0;
  std::function<void(int)> on_readable = [&](int fd) {
    flags = ::fcntl(fd, F_GETFL);
    if (::read(fd, &byte, 1) != 1) byte = '?';
    watchdog.timer.cancel();
    loop.stop();
  };
  g_unix_fd_add(
      fds[0], G_IO_IN,
      [](gint fd, GIOCondition, gpointer data) {
        (*static_cast<std::function<void(int)>*>(data))(fd);
        return G_SOURCE_REMOVE;
      },
      &on_readable);
  asio::steady_timer writer{io, 20ms};
  writer.async_wait([&](const boost::system::error_code&) { (void)!::write(fds[1], "x", 1); });
  io.run();
  CHECK_FALSE(watchdog.fired);
  CHECK(byte == 'x');
  REQUIRE(flags >= 0);
  CHECK_FALSE(flags & O_NONBLOCK);  // GLib's owner reads it as it left it
  ::close(fds[0]);
  ::close(fds[1]);
}
