#include "platform/desk_thread_windows.hpp"

#include <future>

#include "platform/log.hpp"

namespace unknot {

DeskThread::DeskThread(std::function<void(MessageWindow&)> setup) {
  std::promise<void> ready;
  auto started = ready.get_future();
  thread_ = std::thread([this, setup = std::move(setup), &ready]() mutable {
    MessageWindow window;
    window_ = window.handle();
    wake_message_ = window.private_message();
    thread_id_ = GetCurrentThreadId();
    window.add(wake_message_, [this](WPARAM, LPARAM, LRESULT&) {
      drain();
      return true;
    });
    try {
      setup(window);
    } catch (const std::exception& e) {
      log_error(std::string{"desk thread: set-up failed: "} + e.what());
    }
    ready.set_value();
    MSG message;
    while (GetMessageW(&message, nullptr, 0, 0) > 0) {
      TranslateMessage(&message);
      DispatchMessageW(&message);
    }
    drain();
    if (teardown_) teardown_();
  });
  started.wait();
}

DeskThread::~DeskThread() {
  PostThreadMessageW(thread_id_, WM_QUIT, 0, 0);
  thread_.join();
}

void DeskThread::post(std::function<void()> work) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(work));
  }
  PostMessageW(window_, wake_message_, 0, 0);
}

void DeskThread::on_teardown(std::function<void()> teardown) {
  // Set on the desk thread, which alone reads it.
  post([this, teardown = std::move(teardown)]() mutable { teardown_ = std::move(teardown); });
}

void DeskThread::drain() {
  std::vector<std::function<void()>> work;
  {
    std::lock_guard lock(mutex_);
    work.swap(queue_);
  }
  for (auto& item : work) {
    // One loop's boundary: a failing item is logged, the thread goes on.
    try {
      item();
    } catch (const std::exception& e) {
      log_error(std::string{"desk thread: "} + e.what());
    }
  }
}

}  // namespace unknot
