// Temp file + fsync + rename: readers (the daemon's watcher) see the old file
// or the new one, never a torn one.
#include "config/settings_writer.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace unknot {

namespace {

std::string failure(const std::filesystem::path& file, const std::string& why) {
  return "cannot write " + file.string() + ": " + why;
}

/// Writes all of `text` to a new file `temp` and flushes it to disk.
bool write_temp(const std::filesystem::path& temp, const std::string& text, std::string& why) {
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    why = std::strerror(errno);
    return false;
  }
  std::size_t done = 0;
  errno = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  bool ok = done == text.size() && ::fsync(fd) == 0;
  if (!ok) why = std::strerror(errno != 0 ? errno : EIO);
  if (::close(fd) != 0 && ok) {
    ok = false;
    why = std::strerror(errno);
  }
  return ok;
}

/// Keeps the current file as the backup (a hard link, so `file` never vanishes).
void keep_backup(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return;
  const auto backup = backup_path(file);
  std::filesystem::remove(backup, ec);
  if (::link(file.c_str(), backup.c_str()) != 0)
    std::filesystem::copy_file(file, backup, std::filesystem::copy_options::overwrite_existing, ec);
}

void sync_folder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::filesystem::path backup_path(const std::filesystem::path& file) {
  return file.string() + ".bak";
}

bool write_file_atomically(const std::filesystem::path& file, const std::string& text,
                           std::string& error) {
  std::error_code ec;
  const auto folder = file.parent_path();
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    error = failure(file, ec.message());
    return false;
  }
  const std::filesystem::path temp = file.string() + ".tmp-" + std::to_string(::getpid());
  std::string why;
  if (!write_temp(temp, text, why)) {
    std::filesystem::remove(temp, ec);
    error = failure(file, why);
    return false;
  }
  keep_backup(file);
  if (::rename(temp.c_str(), file.c_str()) != 0) {
    error = failure(file, std::strerror(errno));
    std::filesystem::remove(temp, ec);
    return false;
  }
  sync_folder(folder);
  return true;
}

}  // namespace unknot
