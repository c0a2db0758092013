#pragma once
// "Start at login": an XDG autostart entry for the daemon in the user's
// $XDG_CONFIG_HOME/autostart, written or removed by the settings dialog.
#include <filesystem>
#include <string>

namespace unknot {

/// $XDG_CONFIG_HOME/autostart/io.github.unknot.Unknot.desktop ($HOME/.config
/// when XDG_CONFIG_HOME is unset or relative).
std::filesystem::path autostart_file();

/// True when the user's autostart entry exists and is not Hidden.
bool autostart_enabled();

/// The daemon beside unknot-ui (`ui_exe`): <dir>/unknot when installed,
/// <build>/src/service/unknot in a build tree, else plain "unknot" (PATH).
std::filesystem::path daemon_beside(const std::filesystem::path& ui_exe);

/// The entry's text, like packaging's autostart file, running `daemon`.
std::string autostart_entry(const std::filesystem::path& daemon);

/// Writes (on) or removes (off) the entry; false with `error` set on failure.
bool set_autostart(bool on, const std::filesystem::path& daemon, std::string& error);

}  // namespace unknot
