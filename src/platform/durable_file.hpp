#pragma once
// The OS-specific steps of an atomic file replacement (settings_writer.cpp):
// writing a new file all the way to disk, and making a rename in a folder
// durable. One backend per OS: durable_file_posix.cpp, durable_file_windows.cpp.
#include <filesystem>
#include <string>

namespace unknot {

/// Writes all of `text` to a new file `temp` (readable by its owner only on
/// POSIX) and flushes it to disk; false with `why` on failure.
bool write_durably(const std::filesystem::path& temp, const std::string& text, std::string& why);

/// Flushes `folder`'s entries, so a rename into it survives a crash.
void sync_folder(const std::filesystem::path& folder);

/// This process's id, for a temporary file name no other writer uses.
unsigned long current_process_id();

}  // namespace unknot
