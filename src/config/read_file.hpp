#pragma once
// Reads a whole text file, or says why it could not. Only regular files are
// read, and only up to a size cap: a config or routine path that names a
// FIFO or a device would block or never end, and a huge file would stall
// every reload and keep hundreds of megabytes.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace unknot {

/// The largest config or routine file read (the biggest shipped file is
/// ~25 kB; the largest plausible hand-written one is far below this).
inline constexpr std::uintmax_t kMaxTextFileBytes = std::uintmax_t{1} << 20;
/// The largest calendar ([meetings] calendar) read. libical's tree takes
/// about 14 times the file's size while it is parsed (off the daemon's loop);
/// a year of a busy work calendar is well under 2 MB.
inline constexpr std::uintmax_t kMaxCalendarBytes = std::uintmax_t{8} << 20;

/// Why `path` should not be read: it is missing, not a regular file (a FIFO
/// or a device would block or never end) or bigger than `max_bytes`;
/// nullopt when it looks readable.
std::optional<std::string> unreadable_because(const std::filesystem::path& path,
                                              std::uintmax_t max_bytes);

/// The file's bytes; nullopt with `why` set ("No such file or directory",
/// "is a directory, not a file", "is a FIFO, not a regular file", "is 52 MB:
/// files over 1 MB are not read") when it cannot or should not be read.
std::optional<std::string> read_text_file(const std::filesystem::path& path, std::string& why,
                                          std::uintmax_t max_bytes = kMaxTextFileBytes);

/// `path` with a leading "~/" replaced by $HOME (%USERPROFILE% where HOME is
/// unset, as on Windows), as a shell would.
std::string expand_home(const std::string& path);

/// "1 MB", "52 MB", "640 kB", "12 bytes": a size in the words of a diagnostic.
std::string size_in_words(std::uintmax_t bytes);

}  // namespace unknot
