#include "support/temp_home.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "support/test_env.hpp"

namespace unknot::test {

namespace {
// The XDG folders (Linux) and the Known Folders' variables (Windows), set on
// every OS: each platform reads its own.
const char* const kVariables[] = {
    "HOME",           "XDG_CONFIG_HOME", "XDG_STATE_HOME",  "XDG_DATA_HOME",
    "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_DIRS", "XDG_DATA_DIRS",
    "APPDATA",        "LOCALAPPDATA",    "ProgramData"};
}  // namespace

TempHome::TempHome() {
  root_ = make_temp_dir("unknot-test");
  for (const char* name : kVariables) {
    const char* old = std::getenv(name);
    saved_[name] = old ? std::optional<std::string>(old) : std::nullopt;
  }
  auto set = [](const char* name, const std::filesystem::path& p) {
    std::filesystem::create_directories(p);
    set_env(name, p.string());
  };
  set("HOME", root_ / "home");
  set("XDG_CONFIG_HOME", config_home());
  set("XDG_STATE_HOME", state_home());
  set("XDG_DATA_HOME", root_ / "data");
  set("XDG_CACHE_HOME", root_ / "cache");
  set("XDG_RUNTIME_DIR", runtime_dir());
  set("XDG_CONFIG_DIRS", config_dirs());
  set("XDG_DATA_DIRS", root_ / "xdg-data");
  set("APPDATA", config_home());
  set("LOCALAPPDATA", state_home());
  set("ProgramData", config_dirs());
  // TEMP/TMP stay: they are the system's temp folder, where the next
  // TempHome is made (libstdc++ reads TMP and TEMP on Linux too).
  std::filesystem::permissions(runtime_dir(), std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::replace);
}

TempHome::~TempHome() {
  for (const auto& [name, value] : saved_) {
    if (value)
      set_env(name, *value);
    else
      unset_env(name);
  }
  std::error_code ignored;
  std::filesystem::remove_all(root_, ignored);
}

std::filesystem::path TempHome::write(const std::filesystem::path& relative,
                                      const std::string& text) const {
  // make_preferred: "a/b.toml" names the file as a folder listing does
  // ("a\\b.toml" on Windows), so tests can compare paths as text.
  const auto path = (root_ / relative).make_preferred();
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return path;
}

}  // namespace unknot::test
