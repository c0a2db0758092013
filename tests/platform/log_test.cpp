#include <utility>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

#include "platform/log.hpp"
#include "support/temp_home.hpp"

namespace {

/// What `write_lines` printed on stderr (fd 2 redirected to a file meanwhile).
template <typename F>
std::string stderr_of(const unknot::test::TempHome& home, F write_lines) {
  const auto path = home.root() / "stderr.txt";
  const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(file >= 0);
  const int saved = ::dup(STDERR_FILENO);
  ::dup2(file, STDERR_FILENO);
  write_lines();
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  ::close(file);
  std::ifstream in{path};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("log lines on stderr carry the program name and their level", "[log]") {
  unknot::test::TempHome home;
  const std::string text = stderr_of(home, [] {
    unknot::log_info("using idle source x11");
    unknot::log_warn("no notification server");
    unknot::log_error("cannot open history");
  });
  CHECK(text ==
        "unknot: using idle source x11\n"
        "unknot: warning: no notification server\n"
        "unknot: error: cannot open history\n");
}

TEST_CASE("debug lines appear only when verbose", "[log]") {
  unknot::test::TempHome home;
  unknot::set_verbose(false);
  CHECK(stderr_of(home, [] { unknot::log_debug("hidden detail"); }).empty());
  unknot::set_verbose(true);
  CHECK(unknot::verbose());
  CHECK(stderr_of(home, [] { unknot::log_debug("shown detail"); }) ==
        "unknot: debug: shown detail\n");
  unknot::set_verbose(false);
}

TEST_CASE("a log sink receives every line instead of stderr", "[log]") {
  unknot::test::TempHome home;
  std::vector<std::pair<unknot::LogLevel, std::string>> seen;
  const std::string text = stderr_of(home, [&] {
    auto previous = unknot::set_log_sink([&](unknot::LogLevel level, std::string_view message) {
      seen.emplace_back(level, message);
    });
    unknot::log_warn("w");
    unknot::log_debug("d");
    unknot::set_log_sink(std::move(previous));
  });
  CHECK(text.empty());
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == std::pair{unknot::LogLevel::warning, std::string{"w"}});
  CHECK(seen[1] == std::pair{unknot::LogLevel::debug, std::string{"d"}});
}
