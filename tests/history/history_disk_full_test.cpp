// A real full disk: the history lives on a tiny tmpfs that is filled up, then
// freed. Needs the right to mount (root, as on the project's machines);
// elsewhere it says so and checks nothing (the page-limit tests in
// history_store_test.cpp cover the same path without mounting).
#include <cerrno>
#include <cstring>
#include <mutex>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include "history/history_store.hpp"
#include "support/temp_home.hpp"

using namespace unknot;
using namespace std::chrono_literals;

namespace {

// A tmpfs of `bytes` mounted at `dir` for the object's lifetime.
class TinyTmpfs {
 public:
  TinyTmpfs(const std::filesystem::path& dir, std::size_t bytes) : dir_(dir) {
    std::filesystem::create_directories(dir_);
    const std::string options = "size=" + std::to_string(bytes) + ",mode=0700";
    mounted_ = mount("tmpfs", dir_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0;
    if (!mounted_) error_ = std::strerror(errno);
  }
  ~TinyTmpfs() {
    if (mounted_) umount2(dir_.c_str(), MNT_DETACH);
  }
  TinyTmpfs(const TinyTmpfs&) = delete;
  TinyTmpfs& operator=(const TinyTmpfs&) = delete;
  [[nodiscard]] bool mounted() const { return mounted_; }
  [[nodiscard]] const std::string& error() const { return error_; }

 private:
  std::filesystem::path dir_;
  bool mounted_ = false;
  std::string error_;
};

// Writes `path` until the file system refuses another byte.
void fill_up(const std::filesystem::path& path) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(fd >= 0);
  const std::string block(4096, 'f');
  while (write(fd, block.data(), block.size()) > 0) {
  }
  const int error = errno;
  close(fd);
  CHECK(error == ENOSPC);
}

}  // namespace

TEST_CASE("a full disk is reported once, waited out, and nothing recorded is lost") {
  test::TempHome home;
  TinyTmpfs disk(home.root() / "small", 1024 * 1024);
  if (!disk.mounted()) {
    WARN("cannot mount a tmpfs here (" << disk.error() << "); the page-limit tests cover this");
    return;
  }
  std::mutex mutex;
  std::vector<std::string> warnings;
  HistoryOptions options;
  options.first_retry = 1ms;
  options.max_retry = 10ms;
  options.warn = [&](const std::string& line) {
    std::lock_guard lock(mutex);
    warnings.push_back(line);
  };
  HistoryStore store(home.root() / "small" / "history.sqlite3", options);
  BreakRecord record;
  record.local_date = "2026-03-02";
  record.exercise_ids.assign(20, std::string(200, 'x'));  // 4 KB of rows
  store.record_break(record);
  REQUIRE(store.flush());

  fill_up(home.root() / "small" / "filler");
  for (int i = 0; i < 20; ++i) store.record_break(record);
  CHECK_FALSE(store.flush(200ms));
  CHECK(store.acknowledged() == 1);
  {
    std::lock_guard lock(mutex);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("cannot write") != std::string::npos);
  }

  std::filesystem::remove(home.root() / "small" / "filler");
  REQUIRE(store.flush());
  CHECK(store.acknowledged() == 21);
  CHECK(store.dropped() == 0);
  CHECK(store.query_days(1, "2026-03-02").at(0).taken == 21);
}
