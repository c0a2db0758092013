#pragma once
// An AttentionSource (platform/attention_windows.hpp) whose state the test
// sets: Focus Assist and quiet hours cannot be switched under Wine.
#include "platform/attention_windows.hpp"

namespace unknot::test {

class FakeAttentionSource : public AttentionSource {
 public:
  explicit FakeAttentionSource(AttentionState& state) : state_(state) {}
  AttentionState read() override {
    ++reads;
    return state_;
  }
  int reads = 0;

 private:
  AttentionState& state_;
};

}  // namespace unknot::test
