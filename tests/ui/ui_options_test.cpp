#include "ui/ui_options.hpp"

#include <catch2/catch.hpp>

using unknot::BreakKind;
using unknot::parse_ui_options;
using Mode = unknot::UiOptions::Mode;

TEST_CASE("unknot-ui opens the window its command line names") {
  CHECK(parse_ui_options({"break"}).mode == Mode::break_window);
  CHECK_FALSE(parse_ui_options({"break"}).kind);
  CHECK(parse_ui_options({"break", "rest"}).kind == BreakKind::rest);
  CHECK(parse_ui_options({"settings"}).mode == Mode::settings);
  CHECK(parse_ui_options({"stats"}).mode == Mode::stats);
  CHECK(parse_ui_options({"status"}).mode == Mode::status);
  CHECK(parse_ui_options({"--tray", "--socket", "/x/s"}).socket == "/x/s");
  CHECK(parse_ui_options({"about"}).mode == Mode::about);
  CHECK(parse_ui_options({"--tray"}).mode == Mode::tray);
}

TEST_CASE("unknot-ui menu pops the tray menu at the icon it is given") {
  const auto options = parse_ui_options({"menu", "--at", "1200,-3,24,22", "--socket", "/x/s"});
  CHECK(options.error.empty());
  CHECK(options.mode == Mode::menu);
  CHECK(options.menu_at == std::array<int, 4>{1200, -3, 24, 22});
  CHECK_FALSE(parse_ui_options({"menu", "--at"}).error.empty());
  CHECK_FALSE(parse_ui_options({"menu", "--at", "1,2,3"}).error.empty());
  CHECK_FALSE(parse_ui_options({"menu", "--at", "1,2,3,4,5"}).error.empty());
  CHECK_FALSE(parse_ui_options({"menu", "--at", "1,2,x,4"}).error.empty());
}

TEST_CASE("unknot-ui refuses a command line it cannot follow") {
  CHECK_FALSE(parse_ui_options({}).error.empty());
  CHECK_FALSE(parse_ui_options({"stats", "settings"}).error.empty());
  CHECK_FALSE(parse_ui_options({"--socket"}).error.empty());
  CHECK_FALSE(parse_ui_options({"dance"}).error.empty());
  CHECK(parse_ui_options({"stats", "--help"}).mode == Mode::help);
}
