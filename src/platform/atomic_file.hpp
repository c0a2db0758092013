#pragma once
// Writes the settings dialog's managed file so that a crash, a full disk or
// an unwritable folder never leaves it half written.
#include <filesystem>
#include <string>

namespace unknot {

/// The backup of `file` kept by write_file_atomically: `file` + ".bak".
std::filesystem::path backup_path(const std::filesystem::path& file);

/// Replaces `file` with `text`: a temporary file beside it is written,
/// fsynced and renamed over it; the previous content is kept as
/// backup_path(file). Creates the folder when missing. On failure returns
/// false with `error` naming the file and the reason; `file` is untouched.
bool write_file_atomically(const std::filesystem::path& file, const std::string& text,
                           std::string& error);

}  // namespace unknot
