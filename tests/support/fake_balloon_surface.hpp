#pragma once
// A BalloonSurface (platform/notifier_windows.hpp) that records the balloons
// it was asked to show and lets a test click one or let it time out, as the
// Windows shell would (Wine shows no balloons).
#include <functional>
#include <string>
#include <vector>

#include "platform/notifier_windows.hpp"

namespace unknot::test {

class FakeBalloonSurface : public BalloonSurface {
 public:
  struct Balloon {
    std::string title, text;
    bool warning = false, respect_quiet_time = false;
  };

  [[nodiscard]] bool ready() const override { return is_ready; }
  bool show_balloon(const std::string& title, const std::string& text, bool warning,
                    bool respect_quiet_time) override {
    shown.push_back({title, text, warning, respect_quiet_time});
    return is_ready;
  }
  void hide_balloon() override { ++hides; }
  void on_balloon_event(std::function<void(BalloonEvent)> callback) override {
    callback_ = std::move(callback);
  }

  /// What the shell reports when the user clicks the balloon, or when it times out.
  void raise(BalloonEvent event) {
    if (callback_) callback_(event);
  }

  bool is_ready = true;
  std::vector<Balloon> shown;
  int hides = 0;

 private:
  std::function<void(BalloonEvent)> callback_;
};

}  // namespace unknot::test
