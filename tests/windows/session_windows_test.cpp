// Lock/unlock and suspend/resume on Windows. Wine sends neither session
// changes nor power broadcasts, so the test delivers the very messages
// Windows sends (WM_WTSSESSION_CHANGE, WM_POWERBROADCAST) to the signal's
// window and reads what reaches the daemon's DeskEvents.
#include <windows.h>
// after windows.h
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <wtsapi32.h>

#include "platform/session_windows.hpp"

namespace {

struct Recorded {
  std::vector<std::string> events;
  unknot::DeskEvents desk() {
    unknot::DeskEvents events_out;
    events_out.locked = [this](bool locked) { events.push_back(locked ? "locked" : "unlocked"); };
    events_out.suspending = [this] { events.push_back("suspending"); };
    events_out.resumed = [this] { events.push_back("resumed"); };
    return events_out;
  }
};

void send(HWND window, UINT message, WPARAM code) { SendMessageW(window, message, code, 0); }

}  // namespace

TEST_CASE("locking and unlocking the session are reported once each", "[session][windows]") {
  unknot::MessageWindow window;
  Recorded recorded;
  auto signal = unknot::make_windows_session_signal(recorded.desk(), window);
  CHECK(signal->name() == "session");
  signal->start();
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK);
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK);  // no second edge
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK);
  // Switching users away from this session locks it for us too.
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT);
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT);
  CHECK(recorded.events == std::vector<std::string>{"locked", "unlocked", "locked", "unlocked"});
}

TEST_CASE("sleep and wake-up are reported, a user's wake-up once", "[session][windows]") {
  unknot::MessageWindow window;
  Recorded recorded;
  auto signal = unknot::make_windows_session_signal(recorded.desk(), window);
  signal->start();
  send(window.handle(), WM_POWERBROADCAST, PBT_APMSUSPEND);
  // A wake-up by the user brings both of these.
  send(window.handle(), WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC);
  send(window.handle(), WM_POWERBROADCAST, PBT_APMRESUMESUSPEND);
  send(window.handle(), WM_POWERBROADCAST, PBT_APMPOWERSTATUSCHANGE);  // on battery: nothing
  CHECK(recorded.events == std::vector<std::string>{"suspending", "resumed"});
}

TEST_CASE("stopping the signal releases a lock it reported, and hears nothing more",
          "[session][windows]") {
  unknot::MessageWindow window;
  Recorded recorded;
  auto signal = unknot::make_windows_session_signal(recorded.desk(), window);
  signal->start();
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK);
  signal->stop();
  send(window.handle(), WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK);
  send(window.handle(), WM_POWERBROADCAST, PBT_APMSUSPEND);
  CHECK(recorded.events == std::vector<std::string>{"locked", "unlocked"});
}

TEST_CASE("the window hears power broadcasts sent to every top-level window",
          "[session][windows]") {
  unknot::MessageWindow window;
  Recorded recorded;
  auto signal = unknot::make_windows_session_signal(recorded.desk(), window);
  signal->start();
  // What the system does: a broadcast, which message-only windows never get.
  DWORD_PTR ignored = 0;
  SendMessageTimeoutW(HWND_BROADCAST, WM_POWERBROADCAST, PBT_APMSUSPEND, 0, SMTO_ABORTIFHUNG, 2000,
                      &ignored);
  CHECK(recorded.events == std::vector<std::string>{"suspending"});
}
