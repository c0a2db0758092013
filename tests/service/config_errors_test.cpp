// A config with errors, at start-up and at reload: every valid key of the
// file is in force, only the bad ones are left out (and reported). A file
// that is not TOML at all keeps what was in force on reload.
#include <utility>  // before Asio: Boost 1.74 + C++20

#include <catch2/catch.hpp>

#include "protocol/status_reply.hpp"
#include "support/daemon_harness.hpp"

using namespace std::chrono_literals;
using unknot::StatusReply;
using unknot::control::Command;
using unknot::test::DaemonHarness;

namespace {

const char* kRestOff = "[rest]\nenabled = false\n[daily]\nenabled = false\n";

unknot::Duration next_break_in(DaemonHarness& d) {
  const auto reply = d.ask(Command::status);
  REQUIRE(reply);
  REQUIRE(reply->ok);
  const auto status = reply->result.get<StatusReply>().status;
  REQUIRE(status.next_break);
  return status.next_break->in;
}

}  // namespace

TEST_CASE("a bad duration at start-up keeps the file's valid `every`") {
  // This once gave the default 20m, with no word that defaults were in use.
  DaemonHarness d(std::string("[micro]\nevery = \"2m\"\nduration = \"30x\"\n") + kRestOff);
  REQUIRE(d.daemon->start());
  CHECK(next_break_in(d) == 2min);
}

TEST_CASE("a reload with a bad key applies the file's other keys") {
  DaemonHarness d(std::string("[micro]\nevery = \"2m\"\n") + kRestOff);
  REQUIRE(d.daemon->start());
  d.home.write("config/unknot/config.toml",
               std::string("[micro]\nevery = \"5m\"\nduration = \"oops\"\n") + kRestOff);
  const auto reload = d.ask(Command::reload);
  REQUIRE(reload);
  CHECK_FALSE(reload->ok);  // `unknotctl reload` names the bad line and exits 1
  CHECK(reload->message.find("config.toml:3:12: error") != std::string::npos);
  CHECK(next_break_in(d) == 5min);

  // Half-typed: not TOML at all. What is in force stays.
  d.home.write("config/unknot/config.toml", "[micro]\nevery = \"1");
  CHECK_FALSE(d.ask(Command::reload)->ok);
  CHECK(next_break_in(d) == 5min);
}
