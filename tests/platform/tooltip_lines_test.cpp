// The XEmbed icon's tooltip text as the core X font draws it: UCS-2 lines.
#include <catch2/catch.hpp>

#include "platform/x11_tooltip.hpp"

using unknot::tooltip_lines;

TEST_CASE("the tooltip keeps its words, lines and the middle dot", "[tray]") {
  const auto lines = tooltip_lines("Unknot\nNext: micro break in 12 min \xC2\xB7 sitting 38 min");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == u"Unknot");
  CHECK(lines[1] == u"Next: micro break in 12 min \u00B7 sitting 38 min");
  CHECK(tooltip_lines("Pause \xE2\x96\xB8")[0] == u"Pause \u25B8");
}

TEST_CASE("broken UTF-8 and characters past the BMP show as a replacement", "[tray]") {
  CHECK(tooltip_lines("a\xC3")[0] == u"a\uFFFD");
  CHECK(tooltip_lines("\xFFz")[0] == u"\uFFFDz");
  CHECK(tooltip_lines("\xF0\x9F\x98\x80!")[0] == u"\uFFFD!");
}
