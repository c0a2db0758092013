// The settings dialog's logic without a window: what it sends, what it says
// under a field, what it locks, and where it says it saves.
#include "ui/settings_dialog_model.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;

TEST_CASE("only the keys the user changed are sent") {
  const json original = {{"micro", {{"every", "20m"}, {"duration", "30s"}}},
                         {"breaks", {{"strict", false}}}};
  json edited = original;
  CHECK(unknot::changed_values(original, edited) == json::object());
  edited["micro"]["every"] = "25m";
  edited["breaks"]["strict"] = true;
  CHECK(unknot::changed_values(original, edited) ==
        json{{"micro", {{"every", "25m"}}}, {"breaks", {{"strict", true}}}});
}

TEST_CASE("a field shows the config loader's message while it is invalid") {
  const auto problem = unknot::field_problem("micro", "every", "20 minutes");
  CHECK(problem.blocking);
  CHECK(problem.message.find("got \"20 minutes\"") != std::string::npos);
  CHECK(problem.message.find("micro.every") == std::string::npos);  // the field says which key
  CHECK(unknot::field_problem("micro", "every", "1h30m").message.empty());
  CHECK(unknot::field_problem("working_hours", "monday", "09:00-25:00").blocking);
  CHECK(unknot::field_problem("working_hours", "monday", "08:30-12:00").message.empty());
  // A warning is shown but does not stop saving.
  const auto short_one = unknot::field_problem("micro", "duration", "4s");
  CHECK_FALSE(short_one.blocking);
  CHECK(short_one.message.find("very short") != std::string::npos);
}

TEST_CASE("fields are checked together, so a cross-key problem shows on the right field") {
  const auto fine = unknot::field_problems({{"micro", {{"every", "6s"}, {"duration", "4s"}}}});
  REQUIRE(fine.count("micro.every") == 0);
  const auto wrong = unknot::field_problems({{"micro", {{"every", "6s"}, {"duration", "30s"}}}});
  REQUIRE(wrong.count("micro.every") == 1);
  CHECK(wrong.at("micro.every").blocking);
  CHECK(wrong.at("micro.every").message.find("shorter than micro.duration") != std::string::npos);
}

TEST_CASE("locked keys and tables are recognised") {
  const json locked = {"breaks", "micro.every"};
  CHECK(unknot::is_locked_key(locked, "breaks", "strict"));
  CHECK(unknot::is_locked_key(locked, "micro", "every"));
  CHECK_FALSE(unknot::is_locked_key(locked, "micro", "duration"));
  CHECK_FALSE(unknot::is_locked_key(json::array(), "micro", "every"));
}

TEST_CASE("the note names the managed file with ~ for home") {
  CHECK(unknot::managed_file_note("/home/ann/.config/unknot/settings.toml", "/home/ann") ==
        "Saved to ~/.config/unknot/settings.toml, which overrides config.toml");
  CHECK(unknot::managed_file_note("/srv/cfg/unknot/settings.toml", "/home/ann") ==
        "Saved to /srv/cfg/unknot/settings.toml, which overrides config.toml");
}

TEST_CASE("working days split into start and end, a day off starts from office hours") {
  CHECK(unknot::split_working_day("08:30-12:00") ==
        std::pair<std::string, std::string>{"08:30", "12:00"});
  CHECK(unknot::split_working_day("") == std::pair<std::string, std::string>{"09:00", "17:00"});
}

TEST_CASE("a check list keeps what it cannot show and reads in list order") {
  const std::vector<std::string> shown{"tennis-ball", "wall", "band"};
  // Checked on screen: wall and band; chosen before: tennis-ball (now unchecked)
  // and a user's own "yoga-block" the list does not show.
  const json chosen = json::array({"tennis-ball", "yoga-block"});
  CHECK(unknot::checked_ids(shown, {false, true, true}, chosen) ==
        json::array({"wall", "band", "yoga-block"}));
  CHECK(unknot::checked_ids(shown, {false, false, false}, json()) == json::array());
}

TEST_CASE("equipment is named for people, an unknown id made readable") {
  CHECK(unknot::equipment_name("tennis-ball") == "Tennis ball");
  CHECK(unknot::equipment_name("yoga-block") == "Yoga block");
  CHECK(unknot::equipment_name("") == "");
}
