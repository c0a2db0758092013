#include "platform/notifier_windows.hpp"
#include <utility>

namespace unknot {

Notifier::~Notifier() = default;
BalloonSurface::~BalloonSurface() = default;

namespace {

class BalloonNotifier final : public Notifier {
 public:
  explicit BalloonNotifier(BalloonSurface& surface) : surface_(surface) {
    surface_.on_balloon_event([this](BalloonEvent event) { on_event(event); });
  }
  ~BalloonNotifier() override { surface_.on_balloon_event({}); }

  void show(const Notification& n) override {
    std::string text = n.body;
    if (!n.no_actions_hint.empty()) text += (text.empty() ? "" : "\n") + n.no_actions_hint;
    const bool critical = n.urgency >= 2;
    // A critical prompt (strict mode, the daily limit) comes through quiet
    // hours, as on Linux a critical notification does through most servers.
    showing_ = surface_.show_balloon(n.summary, text, critical, !critical);
  }

  void close() override {
    if (!std::exchange(showing_, false)) return;
    surface_.hide_balloon();
  }

  void on_action(std::function<void(std::string)> callback) override {
    on_action_ = std::move(callback);
  }
  void on_closed(std::function<void(std::uint32_t)> callback) override {
    on_closed_ = std::move(callback);
  }
  [[nodiscard]] bool available() const override { return surface_.ready(); }
  [[nodiscard]] bool supports_actions() const override { return false; }

 private:
  void on_event(BalloonEvent event) {
    if (!showing_) return;
    showing_ = false;
    if (event == BalloonEvent::clicked) {
      if (on_action_) on_action_("default");
    } else if (on_closed_) {
      // The shell does not tell a timeout from the user's close button.
      on_closed_(event == BalloonEvent::timed_out ? close_reason::expired
                                                  : close_reason::undefined);
    }
  }

  BalloonSurface& surface_;
  std::function<void(std::string)> on_action_;
  std::function<void(std::uint32_t)> on_closed_;
  bool showing_ = false;
};

}  // namespace

std::unique_ptr<Notifier> make_balloon_notifier(BalloonSurface& surface) {
  return std::make_unique<BalloonNotifier>(surface);
}

}  // namespace unknot
