// The file names every OS shares, built on the per-OS base folders
// (paths_posix.cpp: XDG; paths_windows.cpp: Known Folders).
#include "platform/paths.hpp"

#include <optional>
#include <system_error>

#include "platform/executable_path.hpp"

namespace unknot {

namespace fs = std::filesystem;

namespace {

/// The exe-relative data folder of an installed binary, if it is one.
std::optional<fs::path> installed_data_dir(const fs::path& exe) {
  if (exe.empty()) return std::nullopt;
  const fs::path dir = (exe.parent_path() / ".." / UNKNOT_RELATIVE_DATA_DIR).lexically_normal();
  std::error_code ec;
  if (fs::is_regular_file(dir / "config.toml", ec)) return dir;
  return std::nullopt;
}

}  // namespace

fs::path user_config_file() { return config_home() / "unknot" / "config.toml"; }

std::vector<fs::path> system_config_files() {
  std::vector<fs::path> files;
  for (const auto& dir : config_dirs()) files.push_back(dir / "unknot" / "config.toml");
  return files;
}

fs::path user_routines_dir() { return config_home() / "unknot" / "routines"; }

fs::path state_dir() { return state_home() / "unknot"; }

fs::path shipped_data_dir_for(const fs::path& exe) {
  return installed_data_dir(exe).value_or(fs::path{UNKNOT_SOURCE_DATA_DIR});
}

fs::path shipped_data_dir() { return shipped_data_dir_for(executable_path()); }

fs::path shipped_routines_dir() { return shipped_data_dir() / "routines"; }

fs::path icons_dir() {
  if (auto data = installed_data_dir(executable_path())) return data->parent_path() / "icons";
  return UNKNOT_SOURCE_ICONS_DIR;
}

std::vector<fs::path> default_routine_dirs() {
  return {shipped_routines_dir(), user_routines_dir()};
}

}  // namespace unknot
