#pragma once
// An IdleSource a test sets by hand: how long ago the user last typed.
#include <optional>
#include <string_view>

#include "platform/idle_source.hpp"

namespace unknot::test {

class FakeIdleSource : public IdleSource {
 public:
  [[nodiscard]] std::string_view name() const override { return "fake"; }
  std::optional<Duration> idle_time() override { return idle; }

  /// Time since the last input; nullopt: the source cannot tell.
  std::optional<Duration> idle = Duration{0};
};

}  // namespace unknot::test
