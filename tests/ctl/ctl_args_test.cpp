#include "ctl/ctl_args.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
using unknot::CtlInvocation;
using unknot::CtlOutput;
using unknot::parse_ctl_args;
using Action = CtlInvocation::Action;

namespace {

CtlInvocation request(std::vector<std::string> args) {
  CtlInvocation result = parse_ctl_args(args);
  INFO("error: " << result.error);
  REQUIRE(result.action == Action::request);
  return result;
}

std::string usage_error(std::vector<std::string> args) {
  CtlInvocation result = parse_ctl_args(args);
  REQUIRE(result.action == Action::usage_error);
  CHECK_FALSE(result.error.empty());
  return result.error;
}

}  // namespace

TEST_CASE("status, with or without --json") {
  const auto plain = request({"status"});
  CHECK(plain.command == "status");
  CHECK(plain.args == json::object());
  CHECK(plain.output == CtlOutput::human);
  CHECK(request({"status", "--json"}).output == CtlOutput::json);
  usage_error({"status", "--csv"});
}

TEST_CASE("pause takes a duration, a time or nothing, and --meeting") {
  CHECK(request({"pause"}).args == json::object());
  CHECK(request({"pause", "1h30m"}).args == json{{"duration_s", 5400}});
  CHECK(request({"pause", "90"}).args == json{{"duration_s", 90}});
  CHECK(request({"pause", "--until", "14:00"}).args == json{{"until", "14:00"}});
  CHECK(request({"pause", "--until=9:30", "--meeting"}).args ==
        json{{"until", "9:30"}, {"meeting", true}});
  CHECK(request({"pause", "--meeting", "45m"}).args ==
        json{{"duration_s", 2700}, {"meeting", true}});

  CHECK_THAT(usage_error({"pause", "0"}), Catch::Contains("'0'"));
  usage_error({"pause", "soon"});
  usage_error({"pause", "-5m"});
  usage_error({"pause", "1h", "2h"});
  usage_error({"pause", "--until"});
  usage_error({"pause", "--until", "25:00"});
  usage_error({"pause", "1h", "--until", "14:00"});
  usage_error({"pause", "--forever"});
  usage_error({"pause", "9999h"});  // past the protocol's one-year ceiling
}

TEST_CASE("break, snooze, meeting and the bare commands") {
  CHECK(request({"break"}).args == json::object());
  CHECK(request({"break", "rest"}).args == json{{"kind", "rest"}});
  usage_error({"break", "long"});
  usage_error({"break", "micro", "rest"});

  CHECK(request({"snooze"}).args == json::object());
  CHECK(request({"snooze", "10m"}).args == json{{"duration_s", 600}});
  usage_error({"snooze", "later"});

  CHECK(request({"meeting", "on"}).args == json{{"on", true}});
  CHECK(request({"meeting", "off"}).args == json{{"on", false}});
  usage_error({"meeting"});
  usage_error({"meeting", "maybe"});

  for (const char* bare : {"resume", "skip", "done", "reload", "watch", "quit"}) {
    INFO(bare);
    const auto parsed = request({bare});
    CHECK(parsed.command == bare);
    CHECK(parsed.args == json::object());
    usage_error({bare, "extra"});
  }
}

TEST_CASE("stats takes --days and one output format") {
  const auto plain = request({"stats"});
  CHECK(plain.args == json::object());
  CHECK(plain.output == CtlOutput::human);
  const auto days = request({"stats", "--days", "30", "--csv"});
  CHECK(days.args == json{{"days", 30}});
  CHECK(days.output == CtlOutput::csv);
  CHECK(request({"stats", "--days=7", "--json"}).output == CtlOutput::json);
  usage_error({"stats", "--json", "--csv"});
  usage_error({"stats", "--days", "0"});
  usage_error({"stats", "--days", "3651"});
  usage_error({"stats", "--days", "x"});
  usage_error({"stats", "--days", "99999999999999999999"});
}

TEST_CASE("help, version, --socket and bad usage") {
  CHECK(parse_ctl_args({}).action == Action::usage_error);
  CHECK(parse_ctl_args({"--help"}).action == Action::help);
  CHECK(parse_ctl_args({"-h"}).action == Action::help);
  CHECK(parse_ctl_args({"help"}).action == Action::help);
  CHECK(parse_ctl_args({"pause", "--help"}).action == Action::help);
  CHECK(parse_ctl_args({"--version"}).action == Action::version);
  CHECK(parse_ctl_args({"-V"}).action == Action::version);

  const auto socket = request({"--socket", "/tmp/x.sock", "status"});
  CHECK(socket.socket_path == std::filesystem::path("/tmp/x.sock"));
  CHECK(request({"--socket=/tmp/y.sock", "skip"}).socket_path ==
        std::filesystem::path("/tmp/y.sock"));

  CHECK_THAT(usage_error({"frobnicate"}), Catch::Contains("frobnicate"));
  usage_error({"--bogus", "status"});
  usage_error({"--socket"});
  CHECK_THAT(unknot::ctl_usage_line(), Catch::StartsWith("usage: unknotctl"));
  for (const char* command : {"status", "pause", "resume", "break", "snooze", "skip", "done",
                              "meeting", "reload", "stats", "watch", "quit"})
    CHECK_THAT(unknot::ctl_help(), Catch::Contains(command));
}

TEST_CASE("remind ID done|snooze [DURATION] answers one reminder") {
  const auto done = parse_ctl_args({"remind", "water", "done"});
  CHECK(done.action == CtlInvocation::Action::request);
  CHECK(done.command == "remind");
  CHECK(done.args == nlohmann::json{{"reminder", {{"id", "water"}, {"answer", "done"}}}});
  const auto snooze = parse_ctl_args({"remind", "water", "snooze", "10m"});
  CHECK(snooze.args ==
        nlohmann::json{{"reminder", {{"id", "water"}, {"answer", "snooze"}}}, {"duration_s", 600}});
  for (const std::vector<std::string>& bad : {std::vector<std::string>{"remind"},
                                              {"remind", "water"},
                                              {"remind", "water", "later"},
                                              {"remind", "water", "done", "10m"}}) {
    const auto parsed = parse_ctl_args(bad);
    CHECK(parsed.action == CtlInvocation::Action::usage_error);
  }
}
