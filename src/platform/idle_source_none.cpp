#include "platform/idle_source.hpp"

namespace unknot {

// The interface's one out-of-line member, beside the backend every build has.
IdleSource::~IdleSource() = default;

namespace {

class NoIdleSource final : public IdleSource {
 public:
  [[nodiscard]] std::string_view name() const override { return "none"; }
  // Zero rather than "unknown": breaks must keep coming when input is invisible.
  std::optional<Duration> idle_time() override { return Duration::zero(); }
};

}  // namespace

std::unique_ptr<IdleSource> make_none_idle_source() { return std::make_unique<NoIdleSource>(); }

}  // namespace unknot
