#pragma once
// "I'm in a meeting" (`unknotctl meeting on`, `pause --meeting`, the tray):
// one more desk signal beside the camera and the calendar. It holds prompts
// the same way, reports through the same DeskEvents, and may end by itself.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <functional>
#include <optional>
#include <string_view>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "core/time.hpp"
#include "platform/desk_signal.hpp"

namespace unknot {

class ManualMeeting : public DeskSignal {
 public:
  /// Reports to `events.meeting` as "manual"; `ended_by_itself` runs after a
  /// meeting with a length has ended on its own (the daemon then acts on it).
  ManualMeeting(boost::asio::io_context& io, DeskEvents events,
                std::function<void()> ended_by_itself);

  [[nodiscard]] std::string_view name() const override { return "manual"; }
  void start() override {}
  /// Ends a meeting under way, without reporting it (shutdown).
  void stop() override;

  /// Starts the meeting unless it is on; with `length`, it ends by itself
  /// that long from now (a later length replaces an earlier one).
  void begin(std::optional<Duration> length = std::nullopt);
  /// Ends the meeting; false when none was on.
  bool end();
  /// True while the user says they are in a meeting.
  [[nodiscard]] bool active() const { return active_; }

 private:
  DeskEvents events_;
  std::function<void()> ended_by_itself_;
  boost::asio::steady_timer timer_;
  bool active_ = false;
};

}  // namespace unknot
