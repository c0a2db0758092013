#pragma once
// The Windows desk signals that arrive as window messages, on the thread of
// the MessageWindow they are given.
#include <memory>

#include "platform/desk_signal.hpp"
#include "platform/message_window_windows.hpp"

namespace unknot {

/// "session": lock/unlock (WTS session notifications) and suspend/resume
/// (power broadcasts) seen by `window`, which must outlive the signal.
std::unique_ptr<DeskSignal> make_windows_session_signal(DeskEvents events, MessageWindow& window);

}  // namespace unknot
