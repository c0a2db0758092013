#include <cstdlib>
#include <random>
#include <stdexcept>

#include <windows.h>

#include "support/test_env.hpp"

namespace unknot::test {

namespace {

std::wstring wide(const std::string& text) {
  return std::filesystem::path{text}.wstring();  // tests use ASCII names and paths
}

}  // namespace

void set_env(const std::string& name, const std::string& value) {
  // _wputenv_s updates the C runtime's copy (getenv); SetEnvironmentVariableW
  // the process block that child processes and the Win32 API see.
  _wputenv_s(wide(name).c_str(), wide(value).c_str());
  SetEnvironmentVariableW(wide(name).c_str(), wide(value).c_str());
}

void unset_env(const std::string& name) {
  _wputenv_s(wide(name).c_str(), L"");
  SetEnvironmentVariableW(wide(name).c_str(), nullptr);
}

std::filesystem::path make_temp_dir(const std::string& prefix) {
  std::random_device random;
  const auto base = std::filesystem::temp_directory_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    const auto dir = base / (prefix + "-" + std::to_string(random() % 1000000000u));
    if (CreateDirectoryW(dir.c_str(), nullptr)) return dir;
  }
  throw std::runtime_error("cannot create a temporary folder");
}

}  // namespace unknot::test
