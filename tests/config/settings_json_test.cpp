// Settings -> JSON values -> TOML text -> loader: every key the settings
// dialog shows survives the trip, and merging never drops earlier keys.
#include "config/settings_json.hpp"

#include <catch2/catch.hpp>

#include "config/config_loader.hpp"

using namespace std::chrono_literals;
using nlohmann::json;
using unknot::Settings;

namespace {

// Every key away from its default, so a key lost on the way shows.
Settings unusual_settings() {
  Settings s;
  s.micro = {false, 1h + 30min, 45s};
  s.rest = {false, 1h, 7min};
  s.daily = {true, 6h + 15min, unknot::TimeOfDay{5 * 60 + 30}};
  s.snooze = {10min, 0};
  s.breaks = {true, unknot::BreakStyle::both, 0s};
  s.idle = {20s, 7min};
  s.meetings = {false, false, false, false, "/home/me/cal \"work\".ics", 0s, {"zoom"}, {}};
  s.working_hours.only_inside = true;
  s.working_hours.days[0] =
      unknot::WorkingDay{unknot::TimeOfDay{8 * 60}, unknot::TimeOfDay{12 * 60}};
  s.working_hours.days[4] = std::nullopt;
  s.working_hours.days[6] =
      unknot::WorkingDay{unknot::TimeOfDay{10 * 60}, unknot::TimeOfDay{14 * 60}};
  s.exercises = {{"neck", "wrists"}, unknot::Position::sitting, {"wall"}, {"neck-side-tilt"}};
  s.history.retention_days = 30;
  return s;
}

}  // namespace

TEST_CASE("every setting survives values -> TOML -> loader unchanged") {
  const Settings wanted = unusual_settings();
  const std::string text = unknot::values_to_toml(unknot::settings_to_values(wanted));
  const auto loaded = unknot::parse_config_text(text, "settings.toml", Settings{});
  INFO(text);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.settings == wanted);
}

TEST_CASE("values are keyed and written as config.toml writes them") {
  const json values = unknot::settings_to_values(Settings{});
  CHECK(values["micro"]["every"] == "20m");
  CHECK(values["rest"]["duration"] == "5m");
  CHECK(values["daily"]["limit"] == "8h");
  CHECK(values["daily"]["day_starts"] == "04:00");
  CHECK(values["breaks"]["style"] == "notification");
  CHECK(values["working_hours"]["monday"] == "09:00-17:00");
  CHECK(values["working_hours"]["sunday"] == "");
  CHECK(values["exercises"]["focus_areas"] == json::array());
  CHECK(values["snooze"]["max"] == 3);
  Settings longer;
  longer.micro.every = 1h + 30min;
  CHECK(unknot::settings_to_values(longer)["micro"]["every"] == "1h30m");
}

TEST_CASE("the TOML text keeps config.toml's order and reads back with toml_to_values") {
  const json values = {{"rest", {{"every", "40m"}}},
                       {"micro", {{"duration", "20s"}, {"every", "25m"}}}};
  const std::string text = unknot::values_to_toml(values);
  CHECK(text.find("[micro]\nevery = \"25m\"\nduration = \"20s\"\n") != std::string::npos);
  CHECK(text.find("[micro]") < text.find("[rest]"));
  std::string error;
  CHECK(unknot::toml_to_values(text, error) == values);
  CHECK(error.empty());
  CHECK(unknot::toml_to_values("[micro\n", error).is_null());
  CHECK_FALSE(error.empty());
}

TEST_CASE("a set merges into the earlier values, null removes a key") {
  json values = {{"micro", {{"every", "25m"}}}, {"breaks", {{"strict", true}}}};
  unknot::merge_values(values, {{"micro", {{"duration", "40s"}}}, {"rest", {{"enabled", false}}}});
  CHECK(values == json{{"micro", {{"every", "25m"}, {"duration", "40s"}}},
                       {"breaks", {{"strict", true}}},
                       {"rest", {{"enabled", false}}}});
  unknot::merge_values(values, {{"breaks", {{"strict", nullptr}}}, {"micro", {{"every", "30m"}}}});
  CHECK(values ==
        json{{"micro", {{"every", "30m"}, {"duration", "40s"}}}, {"rest", {{"enabled", false}}}});
}

TEST_CASE("garbage values are written so that the loader names them") {
  const json values = {{"micro", {{"evry", "20m"}, {"every", 5.5}}}, {"bogus", 1}};
  const auto loaded =
      unknot::parse_config_text(unknot::values_to_toml(values), "settings.toml", Settings{});
  REQUIRE(loaded.diagnostics.size() >= 3);
  std::string all;
  for (const auto& d : loaded.diagnostics) all += d.to_string() + "\n";
  CHECK(all.find("did you mean `every`?") != std::string::npos);
  CHECK(all.find("settings.toml:") != std::string::npos);
  CHECK(all.find("bogus") != std::string::npos);
}
