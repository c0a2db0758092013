#pragma once
// Every file Unknot writes (the settings dialog's managed file, its backup,
// autostart entries) is written through here, so that a crash, a full disk,
// an unwritable folder or a planted symlink never leaves it half written nor
// makes Unknot write somewhere else.
#include <filesystem>
#include <functional>
#include <string>

namespace unknot {

/// The backup of `file` kept by write_file_atomically: `file` + ".bak".
std::filesystem::path backup_path(const std::filesystem::path& file);

/// Replaces `file` with `text` in one step: a new temporary file with a
/// random name beside it is created exclusively (an existing name or a
/// symlink is never opened), written, fsynced and renamed over `file`, then
/// the folder is fsynced. The file keeps its permission bits (new ones get
/// 0600); a symlink at `file` is replaced, never followed. Creates the folder
/// when missing. On failure returns false with `error` naming the file and
/// the reason; `file` is untouched.
bool replace_file_atomically(const std::filesystem::path& file, const std::string& text,
                             std::string& error);

/// replace_file_atomically(), keeping the previous content as
/// backup_path(file) (itself replaced in one step, never followed).
bool write_file_atomically(const std::filesystem::path& file, const std::string& text,
                           std::string& error);

/// The random part of a temporary file name; tests pass their own to plant
/// files at the names the writer will try. Null: random characters.
using TempNameSource = std::function<std::string()>;
void set_temp_name_source_for_tests(TempNameSource source);

}  // namespace unknot
