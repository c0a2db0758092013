// The bridge between the Asio loop and the window-message thread: facts
// from a window message reach the Asio loop, commands from it reach the
// window's thread, and the thread's objects are torn down on it.
#include <utility>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <catch2/catch.hpp>
#include <wtsapi32.h>

#include "platform/desk_thread_windows.hpp"
#include "platform/session_windows.hpp"

using namespace std::chrono_literals;

TEST_CASE("a lock seen on the desk thread reaches the Asio loop's thread", "[bridge][windows]") {
  boost::asio::io_context io;
  std::vector<std::string> on_loop;
  const auto loop_thread = std::this_thread::get_id();
  bool on_right_thread = true;
  std::unique_ptr<unknot::DeskSignal> signal;
  HWND window = nullptr;
  {
    unknot::DeskThread desk([&](unknot::MessageWindow& w) {
      window = w.handle();
      unknot::DeskEvents events;
      events.locked = [&](bool locked) {
        boost::asio::post(io, [&, locked] {
          on_right_thread = on_right_thread && std::this_thread::get_id() == loop_thread;
          on_loop.push_back(locked ? "locked" : "unlocked");
        });
      };
      signal = unknot::make_windows_session_signal(events, w);
      signal->start();
    });
    desk.on_teardown([&] { signal.reset(); });
    // What Windows posts to the window when the user presses Win+L.
    PostMessageW(window, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0);
    PostMessageW(window, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, 0);
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (on_loop.size() < 2 && std::chrono::steady_clock::now() < deadline) {
      io.run_for(20ms);
      io.restart();
    }
  }
  CHECK(on_loop == std::vector<std::string>{"locked", "unlocked"});
  CHECK(on_right_thread);
  CHECK_FALSE(signal);  // destroyed on the desk thread before it ended
}

TEST_CASE("work posted from the loop runs on the desk thread, in order", "[bridge][windows]") {
  std::vector<int> done;
  std::thread::id desk_id;
  std::mutex mutex;
  {
    unknot::DeskThread desk([&](unknot::MessageWindow&) { desk_id = std::this_thread::get_id(); });
    for (int i = 0; i < 5; ++i)
      desk.post([&, i] {
        std::lock_guard lock(mutex);
        if (std::this_thread::get_id() == desk_id) done.push_back(i);
      });
  }  // the destructor runs what is queued, then ends the thread
  CHECK(done == std::vector<int>{0, 1, 2, 3, 4});
}
