// The entry mirrors packaging/io.github.unknot.Unknot-autostart.desktop, with
// an absolute Exec so a build-tree or relocated install starts the right daemon.
#include "platform/autostart.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "platform/atomic_file.hpp"

namespace unknot {

namespace {

std::filesystem::path config_home_dir() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg && std::filesystem::path(xdg).is_absolute()) return xdg;
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home ? home : "") / ".config";
}

// Exec= quoting (Desktop Entry spec): quote when needed, escape " ` $ and \.
std::string exec_quoted(const std::string& path) {
  if (path.find_first_of(" \t\"'\\$`") == std::string::npos) return path;
  std::string out = "\"";
  for (const char c : path) {
    if (c == '"' || c == '`' || c == '$' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::filesystem::path autostart_file() {
  return config_home_dir() / "autostart" / "io.github.unknot.Unknot.desktop";
}

std::filesystem::path system_autostart_file() {
  const char* dirs = std::getenv("XDG_CONFIG_DIRS");
  std::string list = dirs != nullptr && *dirs != '\0' ? dirs : "/etc/xdg";
  std::istringstream in(list);
  std::error_code ec;
  for (std::string dir; std::getline(in, dir, ':');) {
    if (dir.empty() || !std::filesystem::path(dir).is_absolute()) continue;
    const auto file = std::filesystem::path(dir) / "autostart" / autostart_file().filename();
    if (std::filesystem::is_regular_file(file, ec)) return file;
  }
  return {};
}

namespace {
/// An entry's own verdict: off when Hidden or disabled for GNOME.
bool entry_enabled(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line))
    if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false") return false;
  return true;
}
}  // namespace

bool autostart_enabled() {
  std::error_code ec;
  if (std::filesystem::exists(autostart_file(), ec)) return entry_enabled(autostart_file());
  const auto system = system_autostart_file();
  return !system.empty() && entry_enabled(system);
}

std::filesystem::path daemon_beside(const std::filesystem::path& ui_exe) {
  std::error_code ec;
  const auto dir = ui_exe.parent_path();
  for (const auto& candidate : {dir / "unknot", dir.parent_path() / "service" / "unknot"})
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.lexically_normal();
  return "unknot";
}

std::string autostart_entry(const std::filesystem::path& daemon) {
  std::ostringstream out;
  out << "[Desktop Entry]\n"
         "Type=Application\n"
         "Name=Unknot\n"
         "GenericName=Stretch Break Reminder\n"
         "Comment=Reminds you to stand up, stretch and rest your eyes while you work\n"
      << "Exec=" << exec_quoted(daemon.string()) << "\n"
      << "Icon=io.github.unknot.Unknot\n"
         "Terminal=false\n"
         "StartupNotify=false\n"
         "NoDisplay=true\n"
         "X-systemd-skip=true\n";
  return out.str();
}

bool set_autostart(bool on, const std::filesystem::path& daemon, std::string& error) {
  const auto file = autostart_file();
  if (on) return write_file_atomically(file, autostart_entry(daemon), error);
  const auto system = system_autostart_file();
  if (!system.empty() && entry_enabled(system))
    return write_file_atomically(file, autostart_entry(daemon) + "Hidden=true\n", error);
  std::error_code ec;
  std::filesystem::remove(file, ec);
  if (ec) error = "cannot remove " + file.string() + ": " + ec.message();
  return !ec;
}

}  // namespace unknot
