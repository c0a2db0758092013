// The state icon as the XEmbed icon hands it to XRender: ARGB32 words,
// premultiplied, from the same pixels the StatusNotifierItem sends.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

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

namespace {

double channel_luminance(double value) {
  value /= 255;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

/// WCAG's relative luminance of an sRGB colour.
double luminance(double r, double g, double b) {
  return 0.2126 * channel_luminance(r) + 0.7152 * channel_luminance(g) +
         0.0722 * channel_luminance(b);
}

/// WCAG's contrast ratio of two luminances, 1 to 21.
double contrast(double a, double b) { return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05); }

// White, GNOME's light grey, a dark grey panel (Adwaita dark, XFCE) and black.
const std::uint32_t kPanels[] = {0xffffff, 0xf6f5f4, 0x303030, 0x000000};

double luminance_of(std::uint32_t rgb) {
  return luminance(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
}

/// How many of the icon's pixels, laid over a panel of `panel` colour, stand
/// out from it by WCAG's 3:1 for graphics: what the user can actually see.
int legible_pixels(const TrayPixmap& pixmap, std::uint32_t panel) {
  const double pr = panel >> 16 & 0xff, pg = panel >> 8 & 0xff, pb = panel & 0xff;
  const double panel_luminance = luminance_of(panel);
  int count = 0;
  for (std::size_t i = 0; i < pixmap.argb.size(); i += 4) {
    const double alpha = pixmap.argb[i] / 255.0;
    const double seen = luminance(pixmap.argb[i + 1] * alpha + pr * (1 - alpha),
                                  pixmap.argb[i + 2] * alpha + pg * (1 - alpha),
                                  pixmap.argb[i + 3] * alpha + pb * (1 - alpha));
    if (contrast(seen, panel_luminance) >= 3.0) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("every state icon is legible on light and dark panels", "[tray]") {
  struct Shown {
    TrayIconState state;
    int progress;
  };
  const Shown icons[] = {{TrayIconState::working, 0},  {TrayIconState::working, 1},
                         {TrayIconState::working, 4},  {TrayIconState::due, 0},
                         {TrayIconState::paused, 0},   {TrayIconState::meeting, 0},
                         {TrayIconState::off_hours, 0}};
  for (const Shown& icon : icons) {
    const TrayPixmap pixmap = unknot::draw_tray_pixmap(icon.state, icon.progress, 22);
    for (const std::uint32_t panel : kPanels) {
      INFO("state " << static_cast<int>(icon.state) << " progress " << icon.progress
                    << " on panel #" << std::hex << panel);
      // A fifth of the 484 pixels: the ring at least, whatever is filled.
      CHECK(legible_pixels(pixmap, panel) >= 484 / 5);
    }
  }
}

TEST_CASE("the shipped state SVGs paint only opaque colours legible on light and dark panels",
          "[tray]") {
  // The wx fallback tray and hosts that take a themed icon name draw these
  // files, not the pixmap: the same promise holds for them.
  const std::filesystem::path folder =
      std::filesystem::path(UNKNOT_SOURCE_DIR) / "icons/hicolor/scalable/status";
  const std::regex colour{R"re((?:stroke|fill)="#([0-9a-fA-F]{6})")re"};
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string svg = text.str();
    INFO(entry.path().filename().string());
    ++files;
    CHECK(svg.find("opacity") == std::string::npos);  // translucency fades on any panel
    int colours = 0;
    for (std::sregex_iterator it(svg.begin(), svg.end(), colour), end; it != end; ++it) {
      ++colours;
      const std::uint32_t rgb = std::stoul((*it)[1].str(), nullptr, 16);
      for (const std::uint32_t panel : kPanels) {
        INFO("#" << (*it)[1].str() << " on #" << std::hex << panel);
        CHECK(contrast(luminance_of(rgb), luminance_of(panel)) >= 3.0);
      }
    }
    CHECK(colours >= 2);
  }
  CHECK(files == 9);
}
