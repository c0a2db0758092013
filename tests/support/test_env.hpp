#pragma once
// The few OS calls the test support needs, one backend per OS
// (test_env_posix.cpp, test_env_windows.cpp).
#include <filesystem>
#include <string>

namespace unknot::test {

/// Sets environment variable `name` to `value` for this process.
void set_env(const std::string& name, const std::string& value);
/// Removes environment variable `name`.
void unset_env(const std::string& name);
/// A new, empty, private folder under the system's temp folder.
std::filesystem::path make_temp_dir(const std::string& prefix);

}  // namespace unknot::test
