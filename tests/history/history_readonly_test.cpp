// A state folder the user cannot write: the history says which folder and
// why, not SQLite's "unable to open database file".
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <string>

#include <catch2/catch.hpp>

#include "history/history_open.hpp"
#include "support/temp_home.hpp"

using namespace unknot;

namespace {

constexpr uid_t kNobody = 65534;

/// What opening the history at `path` throws, "" when it opens.
std::string open_error(const std::filesystem::path& path) {
  try {
    open_history_database(path, [](const std::string&) {});
    return "";
  } catch (const std::exception& error) {
    return error.what();
  }
}

/// open_error() as a user without root's override of permissions: root
/// writes into a 0555 folder, so as root the attempt runs in a child that
/// has become uid 65534.
std::string open_error_as_user(const std::filesystem::path& path) {
  if (::geteuid() != 0) return open_error(path);
  std::array<int, 2> pipe_ends{};
  REQUIRE(::pipe(pipe_ends.data()) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_ends[0]);
    const bool dropped = ::setgid(kNobody) == 0 && ::setuid(kNobody) == 0;
    const std::string text = dropped ? open_error(path) : "could not become uid 65534";
    const auto written = ::write(pipe_ends[1], text.data(), text.size());
    ::_exit(written == static_cast<ssize_t>(text.size()) ? 0 : 1);
  }
  ::close(pipe_ends[1]);
  std::string text;
  std::array<char, 512> chunk{};
  for (ssize_t n; (n = ::read(pipe_ends[0], chunk.data(), chunk.size())) > 0;)
    text.append(chunk.data(), static_cast<std::size_t>(n));
  ::close(pipe_ends[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  return text;
}

}  // namespace

TEST_CASE("a read-only state folder is named as read-only, with the reason") {
  test::TempHome home;
  const auto folder = home.state_home() / "unknot";
  std::filesystem::create_directories(folder);
  // Reachable by the other user, writable by nobody.
  std::filesystem::permissions(home.root(), std::filesystem::perms::owner_all |
                                                std::filesystem::perms::group_exec |
                                                std::filesystem::perms::others_exec);
  std::filesystem::permissions(home.state_home(), std::filesystem::perms(0755));
  std::filesystem::permissions(folder, std::filesystem::perms(0555));
  const std::string error = open_error_as_user(folder / "history.sqlite3");
  std::filesystem::permissions(folder, std::filesystem::perms(0755));
  CHECK(error == "cannot create " + (folder / "history.sqlite3").string() + ": the folder " +
                     folder.string() + " is read-only (Permission denied)");
  CHECK_FALSE(std::filesystem::exists(folder / "history.sqlite3"));
}
