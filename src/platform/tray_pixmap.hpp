#pragma once
// The tray icon drawn as pixels, for StatusNotifierItem hosts that want
// IconPixmap rather than a themed name: a ring that fills as the next break
// comes closer, coloured by state. Pure: no GLib, no I/O.
#include <cstdint>
#include <vector>

#include "core/tray_model.hpp"

namespace unknot {

/// One square image, ARGB32 in network byte order (A, R, G, B per pixel), as
/// the StatusNotifierItem spec's IconPixmap wants it.
struct TrayPixmap {
  int size = 0;
  std::vector<std::uint8_t> argb;  ///< size * size * 4 bytes, row by row
};

/// The icon for `state` (and `progress` 0..4 when working) at `size` pixels.
TrayPixmap draw_tray_pixmap(TrayIconState state, int progress, int size);

/// `pixmap` as X11's ARGB32 (XRender's PictStandardARGB32): one 32-bit word per
/// pixel, 0xAARRGGBB in the machine's byte order, colours premultiplied by
/// alpha, as the XEmbed icon composites it over the panel.
std::vector<std::uint32_t> premultiplied_argb32(const TrayPixmap& pixmap);

/// The sizes hosts pick from: 22, 32 and 48 px.
std::vector<TrayPixmap> draw_tray_pixmaps(TrayIconState state, int progress);

}  // namespace unknot
