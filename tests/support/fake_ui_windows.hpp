#pragma once
// unknot-ui's windows as a list of what the daemon asked to open and close.
#include <set>
#include <string>
#include <vector>

#include "service/ui_windows.hpp"

namespace unknot::test {

class FakeUiWindows : public UiWindows {
 public:
  void open(UiRole role, const std::vector<std::string>& args) override {
    opened.push_back(args.empty() ? std::string() : args.front());
    last_args = args;
    up.insert(role);
  }
  void close(UiRole role) override { up.erase(role); }
  void close_all() override { up.clear(); }
  [[nodiscard]] bool running(UiRole role) const override { return up.count(role) > 0; }

  /// The first argument of every open(), in order ("break", "stats", "--tray", ...).
  std::vector<std::string> opened;
  /// The arguments of the last open().
  std::vector<std::string> last_args;
  /// The roles whose window is up.
  std::set<UiRole> up;
};

}  // namespace unknot::test
