#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/durable_file.hpp"

namespace unknot {

namespace {

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  errno = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

CreateOutcome write_exclusive(const std::filesystem::path& temp, const std::string& text,
                              unsigned mode, std::string& why) {
  // O_EXCL: a name someone planted (a file, a symlink to a file of theirs or
  // of the user's) is never opened; O_NOFOLLOW says the same once more.
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return CreateOutcome::exists;
    why = std::strerror(errno);
    return CreateOutcome::failed;
  }
  bool ok = (mode == 0600 || ::fchmod(fd, mode) == 0) && write_all(fd, text) && ::fsync(fd) == 0;
  if (!ok) why = std::strerror(errno != 0 ? errno : EIO);
  if (::close(fd) != 0 && ok) {
    ok = false;
    why = std::strerror(errno);
  }
  if (!ok) ::unlink(temp.c_str());
  return ok ? CreateOutcome::written : CreateOutcome::failed;
}

std::optional<unsigned> regular_file_mode(const std::filesystem::path& file) {
  struct stat info {};
  if (::lstat(file.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return static_cast<unsigned>(info.st_mode & 07777);
}

void sync_folder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace unknot
