#include "platform/attention_windows.hpp"

#include <windows.h>
// after windows.h
#include <shellapi.h>

#include "platform/log.hpp"

namespace unknot {

AttentionSource::~AttentionSource() = default;

namespace {

// ntdll's NtQueryWnfStateData and the state name of Focus Assist's active
// profile (WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED), as used by the
// shell. Undocumented: looked up at run time, and a missing export (older
// Windows, Wine) reads as "off".
using QueryWnf = LONG(NTAPI*)(const ULONGLONG* state_name, const void* type_id,
                              const void* explicit_scope, ULONG* change_stamp, void* buffer,
                              ULONG* buffer_size);
constexpr ULONGLONG kFocusAssistProfile = 0x0D83063EA3BF1C75ULL;

class WindowsAttentionSource final : public AttentionSource {
 public:
  WindowsAttentionSource() {
    if (HMODULE ntdll = GetModuleHandleW(L"ntdll.dll"))
      query_wnf_ = reinterpret_cast<QueryWnf>(
          reinterpret_cast<void*>(GetProcAddress(ntdll, "NtQueryWnfStateData")));
  }

  AttentionState read() override {
    AttentionState state;
    state.focus_assist = focus_assist();
    QUERY_USER_NOTIFICATION_STATE shell{};
    if (SHQueryUserNotificationState(&shell) == S_OK) {
      state.quiet_time = shell == QUNS_QUIET_TIME;
      state.presentation = shell == QUNS_PRESENTATION_MODE;
      state.fullscreen = shell == QUNS_BUSY || shell == QUNS_RUNNING_D3D_FULL_SCREEN;
    }
    return state;
  }

 private:
  int focus_assist() const {
    if (query_wnf_ == nullptr) return 0;
    ULONG stamp = 0, profile = 0, size = sizeof profile;
    if (query_wnf_(&kFocusAssistProfile, nullptr, nullptr, &stamp, &profile, &size) < 0) return 0;
    return size == sizeof profile ? static_cast<int>(profile) : 0;
  }

  QueryWnf query_wnf_ = nullptr;
};

class AttentionSignal final : public DeskSignal {
 public:
  AttentionSignal(DeskEvents events, MessageWindow& window, std::unique_ptr<AttentionSource> source,
                  bool fullscreen_kind, std::chrono::milliseconds interval)
      : events_(std::move(events)),
        window_(window),
        source_(std::move(source)),
        fullscreen_kind_(fullscreen_kind),
        interval_(interval),
        timer_id_(window.private_message()) {}
  ~AttentionSignal() override { disconnect(); }

  [[nodiscard]] std::string_view name() const override {
    return fullscreen_kind_ ? "fullscreen" : "dnd";
  }

  void start() override {
    if (handler_ != 0) return;
    handler_ = window_.add(WM_TIMER, [this](WPARAM id, LPARAM, LRESULT&) {
      if (id != timer_id_) return false;
      poll();
      return true;
    });
    SetTimer(window_.handle(), timer_id_, static_cast<UINT>(interval_.count()), nullptr);
    poll();  // a state already on is reported at once
  }

  void stop() override {
    if (handler_ == 0) return;
    disconnect();
    report(false);
  }

 private:
  void disconnect() {
    if (handler_ == 0) return;
    KillTimer(window_.handle(), timer_id_);
    window_.remove(handler_);
    handler_ = 0;
  }

  void poll() {
    const AttentionState state = source_->read();
    report(fullscreen_kind_ ? state.fullscreen
                            : state.focus_assist > 0 || state.quiet_time || state.presentation);
  }

  void report(bool active) {
    if (active == active_) return;
    active_ = active;
    if (events_.meeting) events_.meeting(std::string{name()}, active);
  }

  DeskEvents events_;
  MessageWindow& window_;
  std::unique_ptr<AttentionSource> source_;
  bool fullscreen_kind_;
  std::chrono::milliseconds interval_;
  UINT_PTR timer_id_;
  int handler_ = 0;
  bool active_ = false;
};

}  // namespace

std::unique_ptr<AttentionSource> make_windows_attention_source() {
  return std::make_unique<WindowsAttentionSource>();
}

std::unique_ptr<DeskSignal> make_windows_attention_signal(DeskEvents events, MessageWindow& window,
                                                          std::unique_ptr<AttentionSource> source,
                                                          bool fullscreen_kind,
                                                          std::chrono::milliseconds interval) {
  return std::make_unique<AttentionSignal>(std::move(events), window, std::move(source),
                                           fullscreen_kind, interval);
}

}  // namespace unknot
