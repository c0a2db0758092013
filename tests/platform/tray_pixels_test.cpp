// The state icon as the XEmbed icon hands it to XRender: ARGB32 words,
// premultiplied, from the same pixels the StatusNotifierItem sends.
#include <catch2/catch.hpp>

#include "platform/tray_pixmap.hpp"

using unknot::premultiplied_argb32;
using unknot::TrayIconState;
using unknot::TrayPixmap;

TEST_CASE("pixels become premultiplied 0xAARRGGBB words", "[tray]") {
  TrayPixmap pixmap;
  pixmap.size = 2;
  pixmap.argb = {0xff, 0x2a, 0x9d, 0x8f,   // opaque teal: unchanged
                 0x00, 0xff, 0xff, 0xff,   // fully transparent: black, whatever the colour
                 0x80, 0xff, 0x80, 0x00,   // half: colours halved
                 0x40, 0x10, 0x20, 0x30};  // a quarter
  const auto words = premultiplied_argb32(pixmap);
  REQUIRE(words.size() == 4);
  CHECK(words[0] == 0xff2a9d8fU);
  CHECK(words[1] == 0x00000000U);
  CHECK(words[2] == 0x80804000U);
  CHECK(words[3] == 0x4004080cU);  // 0x30 * 64 / 255 = 12
}

TEST_CASE("a drawn icon converts pixel for pixel, never brighter than its alpha", "[tray]") {
  const TrayPixmap pixmap = unknot::draw_tray_pixmap(TrayIconState::paused, 0, 22);
  const auto words = premultiplied_argb32(pixmap);
  REQUIRE(words.size() == 22U * 22U);
  int opaque = 0;
  for (const std::uint32_t word : words) {
    const std::uint32_t alpha = word >> 24;
    for (const int shift : {16, 8, 0}) CHECK(((word >> shift) & 0xffU) <= alpha);
    if (alpha == 0xff) ++opaque;
  }
  CHECK(opaque > 40);  // the ring and the pause bars
}
