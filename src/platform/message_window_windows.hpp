#pragma once
// One hidden top-level window per process for the Windows backends that
// learn things through window messages: the tray icon's callbacks, session
// lock/unlock (WM_WTSSESSION_CHANGE), suspend/resume (WM_POWERBROADCAST,
// which reaches top-level windows only, never message-only ones) and
// Explorer's restart (TaskbarCreated). It lives on the thread that created
// it, which must pump messages (pump_messages or the daemon's desk thread).
#include <functional>
#include <map>
#include <memory>

#include <windows.h>

namespace unknot {

/// A hidden window that hands each message to the handlers registered for it.
class MessageWindow {
 public:
  /// What a handler returns: the message's result, or nullopt to pass it on.
  using Handler = std::function<bool(WPARAM, LPARAM, LRESULT& result)>;

  MessageWindow();
  ~MessageWindow();
  MessageWindow(const MessageWindow&) = delete;
  MessageWindow& operator=(const MessageWindow&) = delete;

  /// The window, for APIs that post to it (Shell_NotifyIconW, WTS).
  [[nodiscard]] HWND handle() const { return hwnd_; }
  /// Calls `handler` for `message` (after earlier handlers of the same message).
  /// Returns an id for remove().
  int add(UINT message, Handler handler);
  /// Forgets handler `id`.
  void remove(int id);
  /// A message id private to this process's window (WM_APP + n).
  UINT private_message();

 private:
  static LRESULT CALLBACK procedure(HWND hwnd, UINT message, WPARAM wparam, LPARAM lparam);
  LRESULT dispatch(UINT message, WPARAM wparam, LPARAM lparam);

  struct Entry {
    UINT message;
    Handler handler;
  };
  HWND hwnd_ = nullptr;
  std::map<int, Entry> handlers_;
  int next_id_ = 1;
  UINT next_private_ = WM_APP + 1;
};

/// Handles the thread's pending window messages without waiting; returns how
/// many there were (tests, and a desk thread between waits).
int pump_messages();

}  // namespace unknot
