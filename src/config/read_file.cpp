#include "config/read_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace unknot {

namespace {

namespace fs = std::filesystem;

/// What a path that is not a regular file is, for "is a FIFO, not a regular file".
std::string kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory:
      return "a directory";
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    default:
      return "not a plain file";
  }
}

std::string too_big(std::uintmax_t size, std::uintmax_t max_bytes) {
  return "is " + size_in_words(size) + ": files over " + size_in_words(max_bytes) + " are not read";
}

}  // namespace

std::string size_in_words(std::uintmax_t bytes) {
  constexpr std::uintmax_t kKilo = 1024;
  if (bytes >= kKilo * kKilo)
    return std::to_string((bytes + kKilo * kKilo / 2) / (kKilo * kKilo)) + " MB";
  if (bytes >= kKilo) return std::to_string((bytes + kKilo / 2) / kKilo) + " kB";
  return std::to_string(bytes) + " bytes";
}

std::optional<std::string> unreadable_because(const fs::path& path, std::uintmax_t max_bytes) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return std::strerror(ENOENT);
  if (ec) return ec.message();
  if (status.type() == fs::file_type::directory) return "is a directory, not a file";
  if (status.type() != fs::file_type::regular)
    return "is " + kind_of(status.type()) + ", not a regular file";
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) return too_big(size, max_bytes);
  return std::nullopt;
}

std::string expand_home(const std::string& path) {
  const char* home = std::getenv("HOME");
  // Windows sets USERPROFILE, not HOME (unset on Linux: no effect there).
  if (home == nullptr || *home == '\0') home = std::getenv("USERPROFILE");
  if (!path.starts_with("~/") || home == nullptr || *home == '\0') return path;
  return std::string{home} + path.substr(1);
}

std::optional<std::string> read_text_file(const fs::path& path, std::string& why,
                                          std::uintmax_t max_bytes) {
  if (auto reason = unreadable_because(path, max_bytes)) {
    why = std::move(*reason);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  // Read until the end but never past the cap: a file that grew since it was
  // measured is refused rather than read without end.
  std::string text;
  char chunk[16384];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
      why = too_big(text.size(), max_bytes);
      return std::nullopt;
    }
  }
  if (in.bad()) {
    why = "read error";
    return std::nullopt;
  }
  return text;
}

}  // namespace unknot
