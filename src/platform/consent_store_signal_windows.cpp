// The camera and microphone signals on Windows: the consent store's key of
// the capability, watched for changes in its subtree. Windows writes
// LastUsedTimeStop = 0 when an app opens the device and the time when it
// lets go; each change is one wake-up, and nothing runs in between.
#include <boost/asio/windows/object_handle.hpp>

#include "platform/consent_store_windows.hpp"
#include "platform/log.hpp"

namespace unknot {

namespace {

class ConsentStoreSignal final : public DeskSignal {
 public:
  ConsentStoreSignal(boost::asio::io_context& io, DeskEvents events, std::string source,
                     std::wstring capability, win32::RegistryKey root)
      : io_(io),
        events_(std::move(events)),
        source_(std::move(source)),
        capability_(std::move(capability)),
        root_(std::move(root)) {}
  ~ConsentStoreSignal() override { disconnect(); }

  [[nodiscard]] std::string_view name() const override { return source_; }

  void start() override {
    if (key_ != nullptr) return;
    // The capability's key, or the store itself until an app first asks.
    const win32::RegistryKey watched = root_.child(capability_);
    if (RegCreateKeyExW(watched.root, watched.path.c_str(), 0, nullptr, 0, KEY_NOTIFY | KEY_READ,
                        nullptr, &key_, nullptr) != ERROR_SUCCESS) {
      key_ = nullptr;
      log_warn(source_ + ": cannot watch the consent store; this meeting signal is off");
      return;
    }
    HANDLE event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    handle_ = std::make_unique<boost::asio::windows::object_handle>(io_, event);
    arm();
    check();
  }

  void stop() override {
    if (key_ == nullptr) return;
    disconnect();
    report(false);
  }

 private:
  void disconnect() {
    if (handle_) {
      boost::system::error_code ignored;
      handle_->close(ignored);
      handle_.reset();
    }
    if (key_ != nullptr) RegCloseKey(key_);
    key_ = nullptr;
  }

  void arm() {
    ResetEvent(handle_->native_handle());
    const DWORD filter = REG_NOTIFY_CHANGE_NAME | REG_NOTIFY_CHANGE_LAST_SET;
    if (RegNotifyChangeKeyValue(key_, TRUE, filter, handle_->native_handle(), TRUE) !=
        ERROR_SUCCESS) {
      log_warn(source_ + ": the consent store cannot be watched; this meeting signal is off");
      return;
    }
    handle_->async_wait([this, alive = std::weak_ptr<int>(alive_)](boost::system::error_code ec) {
      if (ec || alive.expired() || !handle_) return;
      arm();  // before reading, so a change while reading is not missed
      check();
    });
  }

  void check() { report(!apps_using(capability_, root_).empty()); }

  void report(bool active) {
    if (active == active_) return;
    active_ = active;
    if (events_.meeting) events_.meeting(source_, active);
  }

  boost::asio::io_context& io_;
  DeskEvents events_;
  std::string source_;
  std::wstring capability_;
  win32::RegistryKey root_;
  HKEY key_ = nullptr;
  std::unique_ptr<boost::asio::windows::object_handle> handle_;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  bool active_ = false;
};

}  // namespace

std::unique_ptr<DeskSignal> make_consent_store_signal(boost::asio::io_context& io,
                                                      DeskEvents events, std::string source,
                                                      std::wstring capability,
                                                      win32::RegistryKey root) {
  return std::make_unique<ConsentStoreSignal>(io, std::move(events), std::move(source),
                                              std::move(capability), std::move(root));
}

}  // namespace unknot
