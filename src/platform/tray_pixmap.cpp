#include "platform/tray_pixmap.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace unknot {
namespace {

struct Rgb {
  std::uint8_t r, g, b;
};

/// Calm colours a glance can tell apart. Each has a relative luminance of
/// 0.20-0.27, which keeps a contrast of at least 3:1 (WCAG's bar for graphics)
/// against a white panel and against a dark grey (#303030) one alike: the
/// icon has no idea which panel it sits on.
Rgb colour_of(TrayIconState state) {
  switch (state) {
    case TrayIconState::working:
      return {0x2a, 0x9d, 0x8f};  // teal
    case TrayIconState::due:
      return {0xd9, 0x60, 0x3f};  // warm orange
    case TrayIconState::paused:
      return {0x6f, 0x86, 0xb0};  // slate blue, apart from the grey track
    case TrayIconState::meeting:
      return {0x7b, 0x6f, 0xd0};  // violet
    case TrayIconState::off_hours:
      return {0x75, 0x7e, 0x86};  // grey
  }
  return {0x2a, 0x9d, 0x8f};
}

/// The empty part of the ring: opaque, of the same mid luminance, and thinner
/// than the coloured arc so the two read apart. (A faint, translucent track
/// vanished on dark panels and on light ones.)
constexpr Rgb kTrack{0x80, 0x86, 0x8b};

/// The classic implicit heart, (u^2 + v^2 - 1)^3 - u^2 v^3 <= 0, scaled into
/// the ring's middle: the working icon's mark, as in the SVG icons.
bool inside_heart(double x, double y) {
  constexpr double kScale = 0.31;
  const double u = x / kScale;
  const double v = -(y - 0.06) / kScale;
  const double r = u * u + v * v - 1;
  return r * r * r - u * u * v * v * v <= 0;
}

/// How much of the ring is drawn in colour (the rest is the track).
double filled_fraction(TrayIconState state, int progress) {
  if (state != TrayIconState::working) return 1.0;
  return std::clamp(progress, 0, 4) / 4.0;
}

/// Coverage 0..1 of a point (unit square coordinates -1..1) by the shape:
/// returns {alpha, is_track}.
struct Hit {
  double alpha = 0;
  bool coloured = false;
};

Hit shape_at(double x, double y, TrayIconState state, double fraction) {
  const double radius = std::hypot(x, y);
  if (radius >= 0.62 && radius <= 0.94) {
    // Clockwise from twelve o'clock.
    double angle = std::atan2(x, -y) / (2 * std::numbers::pi);
    if (angle < 0) angle += 1;
    if (angle <= fraction) return {1.0, true};
    if (radius >= 0.66 && radius <= 0.90) return {1.0, false};
    return {};
  }
  if (state == TrayIconState::working && inside_heart(x, y)) return {1.0, true};
  if (state == TrayIconState::due && radius <= 0.38) return {1.0, true};
  if (state == TrayIconState::paused && std::abs(y) <= 0.34) {
    const double ax = std::abs(x);
    if (ax >= 0.1 && ax <= 0.26) return {1.0, true};
  }
  if (state == TrayIconState::meeting && radius <= 0.16) return {1.0, true};
  return {};
}

}  // namespace

TrayPixmap draw_tray_pixmap(TrayIconState state, int progress, int size) {
  TrayPixmap pixmap;
  pixmap.size = std::max(size, 1);
  pixmap.argb.assign(static_cast<std::size_t>(pixmap.size) * pixmap.size * 4, 0);
  const Rgb colour = colour_of(state);
  const Rgb track = kTrack;
  const double fraction = filled_fraction(state, progress);
  constexpr int kSamples = 4;  // 4x4 supersampling: smooth edges at 22 px
  for (int py = 0; py < pixmap.size; ++py) {
    for (int px = 0; px < pixmap.size; ++px) {
      double alpha = 0, coloured = 0;
      for (int sy = 0; sy < kSamples; ++sy)
        for (int sx = 0; sx < kSamples; ++sx) {
          const double x = ((px + (sx + 0.5) / kSamples) / pixmap.size) * 2 - 1;
          const double y = ((py + (sy + 0.5) / kSamples) / pixmap.size) * 2 - 1;
          const Hit hit = shape_at(x, y, state, fraction);
          alpha += hit.alpha;
          if (hit.coloured) coloured += hit.alpha;
        }
      alpha /= kSamples * kSamples;
      coloured /= kSamples * kSamples;
      const double mix = alpha > 0 ? coloured / alpha : 0;
      auto* out = &pixmap.argb[(static_cast<std::size_t>(py) * pixmap.size + px) * 4];
      out[0] = static_cast<std::uint8_t>(std::lround(alpha * 255));
      out[1] = static_cast<std::uint8_t>(std::lround(colour.r * mix + track.r * (1 - mix)));
      out[2] = static_cast<std::uint8_t>(std::lround(colour.g * mix + track.g * (1 - mix)));
      out[3] = static_cast<std::uint8_t>(std::lround(colour.b * mix + track.b * (1 - mix)));
    }
  }
  return pixmap;
}

std::vector<std::uint32_t> premultiplied_argb32(const TrayPixmap& pixmap) {
  std::vector<std::uint32_t> words(pixmap.argb.size() / 4);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::uint8_t* in = &pixmap.argb[i * 4];
    const std::uint32_t alpha = in[0];
    const auto scaled = [alpha](std::uint32_t channel) { return (channel * alpha + 127) / 255; };
    words[i] = alpha << 24 | scaled(in[1]) << 16 | scaled(in[2]) << 8 | scaled(in[3]);
  }
  return words;
}

std::vector<TrayPixmap> draw_tray_pixmaps(TrayIconState state, int progress) {
  return {draw_tray_pixmap(state, progress, 22), draw_tray_pixmap(state, progress, 32),
          draw_tray_pixmap(state, progress, 48)};
}

}  // namespace unknot
