// "session" on Windows: lock and unlock from WTSRegisterSessionNotification
// (WM_WTSSESSION_CHANGE: WTS_SESSION_LOCK / UNLOCK, and a remote session
// disconnected counts as locked), suspend and resume from WM_POWERBROADCAST
// (PBT_APMSUSPEND, then PBT_APMRESUMEAUTOMATIC, or PBT_APMRESUMESUSPEND
// when a user woke it: reported once).
#include <windows.h>
// after windows.h
#include <wtsapi32.h>

#include "platform/desk_signal.hpp"
#include "platform/log.hpp"
#include "platform/session_windows.hpp"

namespace unknot {

namespace {

class WindowsSessionSignal final : public DeskSignal {
 public:
  WindowsSessionSignal(DeskEvents events, MessageWindow& window)
      : events_(std::move(events)), window_(window) {}
  ~WindowsSessionSignal() override { disconnect(); }

  [[nodiscard]] std::string_view name() const override { return "session"; }

  void start() override {
    if (started_) return;
    started_ = true;
    if (!WTSRegisterSessionNotification(window_.handle(), NOTIFY_FOR_THIS_SESSION))
      log_warn("session: no lock notifications (WTSRegisterSessionNotification failed)");
    session_id_ = window_.add(WM_WTSSESSION_CHANGE, [this](WPARAM code, LPARAM, LRESULT&) {
      on_session_change(static_cast<DWORD>(code));
      return true;
    });
    power_id_ = window_.add(WM_POWERBROADCAST, [this](WPARAM code, LPARAM, LRESULT& result) {
      on_power(static_cast<DWORD>(code));
      result = TRUE;
      return true;
    });
  }

  void stop() override {
    if (!started_) return;
    disconnect();
    if (locked_ && events_.locked) events_.locked(false);
    locked_ = false;
  }

 private:
  void disconnect() {
    if (!started_) return;
    started_ = false;
    WTSUnRegisterSessionNotification(window_.handle());
    window_.remove(session_id_);
    window_.remove(power_id_);
  }

  void on_session_change(DWORD code) {
    if (code == WTS_SESSION_LOCK || code == WTS_REMOTE_DISCONNECT || code == WTS_CONSOLE_DISCONNECT)
      set_locked(true);
    else if (code == WTS_SESSION_UNLOCK || code == WTS_REMOTE_CONNECT ||
             code == WTS_CONSOLE_CONNECT)
      set_locked(false);
  }

  void set_locked(bool locked) {
    if (locked == locked_) return;
    locked_ = locked;
    if (events_.locked) events_.locked(locked);
  }

  void on_power(DWORD code) {
    if (code == PBT_APMSUSPEND) {
      suspended_ = true;
      if (events_.suspending) events_.suspending();
    } else if ((code == PBT_APMRESUMEAUTOMATIC || code == PBT_APMRESUMESUSPEND) && suspended_) {
      // Both arrive after a wake-up by the user: resume once.
      suspended_ = false;
      if (events_.resumed) events_.resumed();
    }
  }

  DeskEvents events_;
  MessageWindow& window_;
  bool started_ = false, locked_ = false, suspended_ = false;
  int session_id_ = 0, power_id_ = 0;
};

}  // namespace

std::unique_ptr<DeskSignal> make_windows_session_signal(DeskEvents events, MessageWindow& window) {
  return std::make_unique<WindowsSessionSignal>(std::move(events), window);
}

}  // namespace unknot
