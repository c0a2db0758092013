#include "service/manual_meeting.hpp"

namespace unknot {

ManualMeeting::ManualMeeting(boost::asio::io_context& io, DeskEvents events,
                             std::function<void()> ended_by_itself)
    : events_(std::move(events)), ended_by_itself_(std::move(ended_by_itself)), timer_(io) {}

void ManualMeeting::stop() {
  timer_.cancel();
  active_ = false;
}

void ManualMeeting::begin(std::optional<Duration> length) {
  if (length) {
    timer_.expires_after(*length);
    timer_.async_wait([this](const boost::system::error_code& ec) {
      if (ec || !end()) return;
      if (ended_by_itself_) ended_by_itself_();
    });
  }
  if (std::exchange(active_, true)) return;
  if (events_.meeting) events_.meeting(std::string(name()), true);
}

bool ManualMeeting::end() {
  timer_.cancel();
  if (!std::exchange(active_, false)) return false;
  if (events_.meeting) events_.meeting(std::string(name()), false);
  return true;
}

}  // namespace unknot
