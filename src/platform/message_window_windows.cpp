#include "platform/message_window_windows.hpp"

#include <stdexcept>
#include <vector>

namespace unknot {

namespace {

constexpr const wchar_t* kClassName = L"UnknotMessageWindow";

void register_class_once() {
  static const bool registered = [] {
    WNDCLASSEXW window_class{};
    window_class.cbSize = sizeof window_class;
    window_class.lpfnWndProc = &DefWindowProcW;  // replaced per window below
    window_class.hInstance = GetModuleHandleW(nullptr);
    window_class.lpszClassName = kClassName;
    return RegisterClassExW(&window_class) != 0;
  }();
  if (!registered) throw std::runtime_error("cannot register Unknot's window class");
}

}  // namespace

MessageWindow::MessageWindow() {
  register_class_once();
  // Top-level (no HWND_MESSAGE parent), never shown: broadcasts reach it.
  hwnd_ = CreateWindowExW(WS_EX_TOOLWINDOW, kClassName, L"Unknot", WS_POPUP, 0, 0, 0, 0, nullptr,
                          nullptr, GetModuleHandleW(nullptr), nullptr);
  if (hwnd_ == nullptr) throw std::runtime_error("cannot create Unknot's message window");
  SetWindowLongPtrW(hwnd_, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(this));
  SetWindowLongPtrW(hwnd_, GWLP_WNDPROC, reinterpret_cast<LONG_PTR>(&MessageWindow::procedure));
}

MessageWindow::~MessageWindow() {
  SetWindowLongPtrW(hwnd_, GWLP_USERDATA, 0);
  DestroyWindow(hwnd_);
}

int MessageWindow::add(UINT message, Handler handler) {
  const int id = next_id_++;
  handlers_.emplace(id, Entry{message, std::move(handler)});
  return id;
}

void MessageWindow::remove(int id) { handlers_.erase(id); }

UINT MessageWindow::private_message() { return next_private_++; }

LRESULT CALLBACK MessageWindow::procedure(HWND hwnd, UINT message, WPARAM wparam, LPARAM lparam) {
  auto* self = reinterpret_cast<MessageWindow*>(GetWindowLongPtrW(hwnd, GWLP_USERDATA));
  if (self == nullptr) return DefWindowProcW(hwnd, message, wparam, lparam);
  return self->dispatch(message, wparam, lparam);
}

LRESULT MessageWindow::dispatch(UINT message, WPARAM wparam, LPARAM lparam) {
  // A copy: a handler may add or remove handlers.
  std::vector<Handler> matching;
  for (const auto& [id, entry] : handlers_)
    if (entry.message == message) matching.push_back(entry.handler);
  LRESULT result = 0;
  bool handled = false;
  for (const Handler& handler : matching) handled = handler(wparam, lparam, result) || handled;
  return handled ? result : DefWindowProcW(hwnd_, message, wparam, lparam);
}

int pump_messages() {
  int count = 0;
  MSG message;
  while (PeekMessageW(&message, nullptr, 0, 0, PM_REMOVE)) {
    TranslateMessage(&message);
    DispatchMessageW(&message);
    ++count;
  }
  return count;
}

}  // namespace unknot
