#pragma once
// A Notifier that records what would have been shown, and lets a test press
// buttons or dismiss the notification as the user would.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/notifier.hpp"

namespace unknot::test {

class FakeNotifier : public Notifier {
 public:
  void show(const Notification& n) override {
    shown.push_back(n);
    current = n;
  }
  void close() override {
    ++closes;
    current.reset();
  }
  void on_action(std::function<void(std::string)> callback) override {
    action_ = std::move(callback);
  }
  void on_closed(std::function<void(std::uint32_t)> callback) override {
    closed_ = std::move(callback);
  }
  [[nodiscard]] bool available() const override { return true; }
  [[nodiscard]] bool supports_actions() const override { return true; }

  /// The user presses the button with `key`.
  void press(const std::string& key) { action_(key); }
  /// The server closes the notification for `reason` (2 = dismissed by the user).
  void server_closes(std::uint32_t reason) {
    current.reset();
    closed_(reason);
  }

  std::vector<Notification> shown;
  std::optional<Notification> current;
  int closes = 0;

 private:
  std::function<void(std::string)> action_;
  std::function<void(std::uint32_t)> closed_;
};

}  // namespace unknot::test
