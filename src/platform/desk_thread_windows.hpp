#pragma once
// The one bridge between the daemon's two loops on Windows (ARCHITECTURE.md
// rule 3). The Asio loop waits on an I/O completion port, which cannot also
// wait for window messages; so the window-message backends (the tray, its
// balloons, session and power messages, Focus Assist's timer) live on a desk
// thread of their own that pumps messages, and every crossing goes through
// here: post() runs a function on the desk thread; the desk side reaches the
// Asio loop with boost::asio::post on the io_context it was given.
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "platform/message_window_windows.hpp"

namespace unknot {

/// A thread with a MessageWindow and a message loop.
class DeskThread {
 public:
  /// Starts the thread; `setup` runs first on it with its window (create the
  /// tray and signals there). Returns once setup has run.
  explicit DeskThread(std::function<void(MessageWindow&)> setup);
  /// Runs `teardown` on the thread (destroy what setup made), then ends it.
  ~DeskThread();
  DeskThread(const DeskThread&) = delete;
  DeskThread& operator=(const DeskThread&) = delete;

  /// Runs `work` on the desk thread, in order; safe from any thread.
  void post(std::function<void()> work);
  /// What runs on the thread before it ends (set from setup).
  void on_teardown(std::function<void()> teardown);

 private:
  void run(std::function<void(MessageWindow&)> setup);
  void drain();

  std::mutex mutex_;
  std::vector<std::function<void()>> queue_;
  std::function<void()> teardown_;
  HWND window_ = nullptr;
  UINT wake_message_ = 0;
  DWORD thread_id_ = 0;
  std::thread thread_;
};

}  // namespace unknot
