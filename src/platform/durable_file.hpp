#pragma once
// The OS-specific steps of an atomic file replacement (atomic_file.cpp):
// creating a new file exclusively and writing it all the way to disk, and
// making a rename in a folder durable. One backend per OS:
// durable_file_posix.cpp, durable_file_windows.cpp.
#include <filesystem>
#include <optional>
#include <string>

namespace unknot {

/// How write_exclusive() ended.
enum class CreateOutcome {
  written,  ///< a new file holds all of the text, flushed to disk
  exists,   ///< something (a file, a symlink) already has that name: untouched
  failed,   ///< the file could not be created or written; `why` says why
};

/// Creates `temp` only if nothing has that name (never opening an existing
/// file nor following a symlink: O_CREAT|O_EXCL|O_NOFOLLOW on POSIX,
/// CREATE_NEW on Windows), with permission bits `mode` (POSIX), writes all of
/// `text` and flushes it to disk. A half-written file is removed again.
CreateOutcome write_exclusive(const std::filesystem::path& temp, const std::string& text,
                              unsigned mode, std::string& why);

/// The permission bits of the regular file `file` (a symlink is not
/// followed), or nullopt when there is none; for keeping them on replacement.
std::optional<unsigned> regular_file_mode(const std::filesystem::path& file);

/// Flushes `folder`'s entries, so a rename into it survives a crash.
void sync_folder(const std::filesystem::path& folder);

}  // namespace unknot
