// The tray icon's balloons: Shell_NotifyIconW with NIF_INFO, and the
// NIN_BALLOON* callbacks the shell sends to the icon's window.
#include <cwchar>

#include "platform/notifier_windows.hpp"
#include "platform/tray_windows.hpp"
#include "platform/win32_text.hpp"

namespace unknot {

namespace {

std::wstring cut(std::wstring text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  if (text[end - 1] >= 0xD800 && text[end - 1] <= 0xDBFF) --end;  // keep pairs whole
  text.resize(end);
  return text;
}

class TrayBalloonSurface final : public BalloonSurface {
 public:
  explicit TrayBalloonSurface(WindowsTray& tray) : tray_(tray) {
    tray_.on_balloon([this](UINT event) {
      if (!callback_) return;
      if (event == NIN_BALLOONUSERCLICK) callback_(BalloonEvent::clicked);
      if (event == NIN_BALLOONTIMEOUT) callback_(BalloonEvent::timed_out);
      if (event == NIN_BALLOONHIDE) callback_(BalloonEvent::hidden);
    });
  }
  ~TrayBalloonSurface() override { tray_.on_balloon({}); }

  [[nodiscard]] bool ready() const override { return tray_.shown(); }

  bool show_balloon(const std::string& title, const std::string& text, bool warning,
                    bool respect_quiet_time) override {
    NOTIFYICONDATAW data = tray_.icon_data(NIF_INFO);
    const std::wstring wide_title = cut(win32::widen(title), kBalloonTitleLimit);
    const std::wstring wide_text = cut(win32::widen(text), kBalloonTextLimit);
    std::wcsncpy(data.szInfoTitle, wide_title.c_str(), kBalloonTitleLimit);
    std::wcsncpy(data.szInfo, wide_text.c_str(), kBalloonTextLimit);
    data.dwInfoFlags =
        (warning ? NIIF_WARNING : NIIF_INFO) | (respect_quiet_time ? NIIF_RESPECT_QUIET_TIME : 0);
    return Shell_NotifyIconW(NIM_MODIFY, &data) != 0;
  }

  void hide_balloon() override {
    // An empty text removes the balloon.
    NOTIFYICONDATAW data = tray_.icon_data(NIF_INFO);
    data.szInfo[0] = L'\0';
    Shell_NotifyIconW(NIM_MODIFY, &data);
  }

  void on_balloon_event(std::function<void(BalloonEvent)> callback) override {
    callback_ = std::move(callback);
  }

 private:
  WindowsTray& tray_;
  std::function<void(BalloonEvent)> callback_;
};

}  // namespace

std::unique_ptr<BalloonSurface> make_tray_balloon_surface(WindowsTray& tray) {
  return std::make_unique<TrayBalloonSurface>(tray);
}

}  // namespace unknot
