#pragma once
// Where Unknot reads and writes, after the XDG Base Directory specification:
// each variable's default applies when it is unset, empty or not absolute.
#include <filesystem>
#include <vector>

namespace unknot {

/// $XDG_CONFIG_HOME, else $HOME/.config.
std::filesystem::path config_home();
/// $XDG_STATE_HOME, else $HOME/.local/state.
std::filesystem::path state_home();
/// $XDG_RUNTIME_DIR, else /tmp/unknot-<uid>, created 0700 and checked to be
/// ours. Throws std::runtime_error when no private folder can be had.
std::filesystem::path runtime_dir();
/// The absolute entries of $XDG_CONFIG_DIRS in order, else {/etc/xdg}.
std::vector<std::filesystem::path> config_dirs();

/// The user's config file: $XDG_CONFIG_HOME/unknot/config.toml.
std::filesystem::path user_config_file();
/// Each config_dirs() entry + /unknot/config.toml, most important first.
std::vector<std::filesystem::path> system_config_files();
/// The user's routine folder: $XDG_CONFIG_HOME/unknot/routines.
std::filesystem::path user_routines_dir();
/// The control socket: $XDG_RUNTIME_DIR/unknot/control.sock (its folder is
/// not created here: see ensure_private_dir).
std::filesystem::path control_socket_path();
/// History and logs: $XDG_STATE_HOME/unknot (not created here).
std::filesystem::path state_dir();

/// The shipped default config and routines: `<exe dir>/../share/unknot` for an
/// installed (relocatable) binary when it holds config.toml, else the source
/// tree's config/ folder for a build-tree binary.
std::filesystem::path shipped_data_dir();
/// shipped_data_dir() for a binary at `exe` (testable without installing).
std::filesystem::path shipped_data_dir_for(const std::filesystem::path& exe);
/// shipped_data_dir() / "routines".
std::filesystem::path shipped_routines_dir();
/// `<prefix>/share/icons` for an installed binary, else the source tree's icons/.
std::filesystem::path icons_dir();
/// The routine search path: shipped routines first, then the user's (whose
/// exercises override shipped ones with the same id).
std::vector<std::filesystem::path> default_routine_dirs();

/// Creates `dir` (and parents) if missing and makes sure it is a real folder
/// owned by us with mode 0700. Throws std::runtime_error otherwise.
void ensure_private_dir(const std::filesystem::path& dir);

}  // namespace unknot
