#include "support/temp_home.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace unknot::test {

namespace {
const char* const kVariables[] = {
    "HOME",           "XDG_CONFIG_HOME", "XDG_STATE_HOME",  "XDG_DATA_HOME",
    "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_DIRS", "XDG_DATA_DIRS"};
}

TempHome::TempHome() {
  std::string pattern = (std::filesystem::temp_directory_path() / "unknot-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  root_ = pattern;
  for (const char* name : kVariables) {
    const char* old = std::getenv(name);
    saved_[name] = old ? std::optional<std::string>(old) : std::nullopt;
  }
  auto set = [](const char* name, const std::filesystem::path& p) {
    std::filesystem::create_directories(p);
    setenv(name, p.c_str(), 1);
  };
  set("HOME", root_ / "home");
  set("XDG_CONFIG_HOME", config_home());
  set("XDG_STATE_HOME", state_home());
  set("XDG_DATA_HOME", root_ / "data");
  set("XDG_CACHE_HOME", root_ / "cache");
  set("XDG_RUNTIME_DIR", runtime_dir());
  set("XDG_CONFIG_DIRS", config_dirs());
  set("XDG_DATA_DIRS", root_ / "xdg-data");
  std::filesystem::permissions(runtime_dir(), std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::replace);
}

TempHome::~TempHome() {
  for (const auto& [name, value] : saved_) {
    if (value)
      setenv(name.c_str(), value->c_str(), 1);
    else
      unsetenv(name.c_str());
  }
  std::error_code ignored;
  std::filesystem::remove_all(root_, ignored);
}

std::filesystem::path TempHome::write(const std::filesystem::path& relative,
                                      const std::string& text) const {
  const auto path = root_ / relative;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return path;
}

}  // namespace unknot::test
