#pragma once
// "Start at login": an XDG autostart entry for the daemon in the user's
// $XDG_CONFIG_HOME/autostart, written or removed by the settings dialog. A
// package installs a system-wide entry (/etc/xdg/autostart); the user's entry
// of the same name overrides it, so "off" is then a user entry with Hidden=true.
#include <filesystem>
#include <string>

namespace unknot {

/// $XDG_CONFIG_HOME/autostart/io.github.unknot.Unknot.desktop ($HOME/.config
/// when XDG_CONFIG_HOME is unset or relative).
std::filesystem::path autostart_file();

/// The system-wide entry of the first $XDG_CONFIG_DIRS folder (default
/// /etc/xdg) that has one; empty when none does.
std::filesystem::path system_autostart_file();

/// Whether the daemon starts at login: the user's entry decides when it
/// exists (on unless Hidden), else the system entry does.
bool autostart_enabled();

/// The daemon beside unknot-ui (`ui_exe`): <dir>/unknot when installed,
/// <build>/src/service/unknot in a build tree, else plain "unknot" (PATH).
std::filesystem::path daemon_beside(const std::filesystem::path& ui_exe);

/// The entry's text, like packaging's autostart file, running `daemon`.
std::string autostart_entry(const std::filesystem::path& daemon);

/// Writes the user's entry (on); off removes it, or, when a system entry
/// would still start the daemon, writes one with Hidden=true. False with
/// `error` set on failure.
bool set_autostart(bool on, const std::filesystem::path& daemon, std::string& error);

}  // namespace unknot
