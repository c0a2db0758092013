#include <system_error>

#include "platform/executable_path.hpp"

namespace unknot {

std::filesystem::path executable_path() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path{} : exe;
}

}  // namespace unknot
