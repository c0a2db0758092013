// The `settings` reply on the wire, and the duration values the wx tray reads from it.
#include "protocol/settings_reply.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using nlohmann::json;
using unknot::Duration;
using unknot::duration_value;
using unknot::SettingsReply;

TEST_CASE("a settings reply reads back as it was written") {
  SettingsReply reply;
  reply.values = {{"micro", {{"every", "20m"}}}, {"snooze", {{"max", 2}}}};
  reply.locked = {"breaks.strict", "meetings"};
  reply.config_file = "/home/u/.config/unknot/config.toml";
  reply.managed_file = "/home/u/.config/unknot/settings.toml";
  reply.routines_dir = "/home/u/.config/unknot/routines";
  reply.areas = {"neck", "wrists"};
  reply.equipment = {"tennis-ball", "wall"};
  reply.exercises = {{"chin-tuck", "Chin tuck"}, {"wall-angels", "Wandengel"}};
  const json wire = reply;
  CHECK(wire["exercises"][1]["title"] == "Wandengel");
  CHECK(wire["files"]["managed"] == reply.managed_file);
  CHECK(wire.get<SettingsReply>() == reply);
  CHECK(unknot::setting(reply.values, "micro", "every") == "20m");
  CHECK(unknot::setting(reply.values, "rest", "every").is_null());
  CHECK(json::object().get<SettingsReply>() == SettingsReply{});
}

TEST_CASE("durations in the settings' text form") {
  CHECK(duration_value("20m") == Duration{20min});
  CHECK(duration_value("1h30m") == Duration{90min});
  CHECK(duration_value("45s") == Duration{45s});
  CHECK(duration_value(600) == Duration{600s});
  CHECK_FALSE(duration_value("soon"));
  CHECK_FALSE(duration_value(""));
}

TEST_CASE("a settings reply skips exercises without an id") {
  const auto reply = json::parse(R"({"exercises": [{"title": "no id"}, {"id": "a", "title": 3},
                                                   "junk", {"id": "b", "title": "B"}]})")
                         .get<SettingsReply>();
  REQUIRE(reply.exercises.size() == 2);
  CHECK(reply.exercises[0] == unknot::ExerciseChoice{"a", ""});
  CHECK(reply.exercises[1] == unknot::ExerciseChoice{"b", "B"});
}
