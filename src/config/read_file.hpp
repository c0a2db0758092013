#pragma once
// Reads a whole text file, or says why it could not.
#include <filesystem>
#include <optional>
#include <string>

namespace unknot {

/// The file's bytes; nullopt with `why` set ("No such file or directory",
/// "is a directory", ...) when it cannot be read.
std::optional<std::string> read_text_file(const std::filesystem::path& path, std::string& why);

}  // namespace unknot
