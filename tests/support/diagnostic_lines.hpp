#pragma once
// Diagnostics as the lines a user would read, for exact comparisons in tests.
#include <string>
#include <vector>

#include "config/diagnostic.hpp"

namespace unknot::test {

inline std::vector<std::string> lines(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.to_string());
  return out;
}

}  // namespace unknot::test
