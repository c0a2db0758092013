#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include "platform/durable_file.hpp"

namespace unknot {

bool write_durably(const std::filesystem::path& temp, const std::string& text, std::string& why) {
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

void sync_folder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

unsigned long current_process_id() { return static_cast<unsigned long>(::getpid()); }

}  // namespace unknot
