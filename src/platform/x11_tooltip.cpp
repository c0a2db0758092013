#include "platform/x11_tooltip.hpp"

#include <algorithm>

namespace unknot {

namespace {

constexpr int kPadding = 4;
constexpr char16_t kReplacement = u'\uFFFD';
/// Unicode first (the tooltip has "·" and translations); any server has "fixed".
constexpr const char* kFonts[] = {"-misc-fixed-medium-r-normal--13-*-*-*-*-*-iso10646-1",
                                  "-*-*-medium-r-normal--12-*-*-*-*-*-iso10646-1", "fixed"};

std::vector<XChar2b> to_char2b(const std::u16string& line) {
  std::vector<XChar2b> out;
  for (const char16_t c : line)
    out.push_back(
        XChar2b{static_cast<unsigned char>(c >> 8), static_cast<unsigned char>(c & 0xff)});
  return out;
}

}  // namespace

std::vector<std::u16string> tooltip_lines(std::string_view text) {
  std::vector<std::u16string> lines(1);
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    int extra = -1;
    char32_t code = 0;
    if (lead < 0x80) {
      extra = 0;
      code = lead;
    } else if ((lead & 0xe0) == 0xc0) {
      extra = 1;
      code = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
      extra = 2;
      code = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
      extra = 3;
      code = lead & 0x07;
    }
    bool ok = extra >= 0 && i + static_cast<std::size_t>(extra) < text.size();
    for (int k = 1; ok && k <= extra; ++k) {
      const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      ok = (next & 0xc0) == 0x80;
      code = code << 6 | (next & 0x3f);
    }
    i += ok ? static_cast<std::size_t>(extra) + 1 : 1;
    if (ok && code == U'\n')
      lines.emplace_back();
    else
      lines.back() += !ok || code > 0xffff ? kReplacement : static_cast<char16_t>(code);
  }
  return lines;
}

X11Tooltip::X11Tooltip(Display* display) : display_(display) {}

X11Tooltip::~X11Tooltip() {
  hide();
  if (font_ != nullptr) XFreeFont(display_, font_);
}

void X11Tooltip::show(const std::string& text, const TrayRect& icon) {
  if (font_ == nullptr)
    for (const char* name : kFonts)
      if ((font_ = XLoadQueryFont(display_, name)) != nullptr) break;
  if (font_ == nullptr) return;
  lines_ = tooltip_lines(text);
  int width = 1;
  for (const auto& line : lines_) {
    const auto chars = to_char2b(line);
    width = std::max(width, XTextWidth16(font_, chars.data(), static_cast<int>(chars.size())));
  }
  const int line_height = font_->ascent + font_->descent;
  const int w = width + 2 * kPadding;
  const int h = line_height * static_cast<int>(lines_.size()) + 2 * kPadding;
  const int screen_w = DisplayWidth(display_, DefaultScreen(display_));
  const int screen_h = DisplayHeight(display_, DefaultScreen(display_));
  const int x = std::clamp(icon.x + icon.width / 2 - w / 2, 0, std::max(0, screen_w - w));
  // Below the icon; above it when the panel is at the bottom of the screen.
  const int below = icon.y + icon.height + 2;
  const int y = below + h <= screen_h ? below : std::max(0, icon.y - h - 2);
  if (window_ == 0) {
    XSetWindowAttributes attributes{};
    attributes.override_redirect = True;  // no frame, no focus: a window manager leaves it be
    attributes.background_pixel = 0xffffe1;
    attributes.border_pixel = 0x767676;
    attributes.event_mask = ExposureMask;
    window_ =
        XCreateWindow(display_, DefaultRootWindow(display_), x, y, w, h, 1, CopyFromParent,
                      InputOutput, CopyFromParent,
                      CWOverrideRedirect | CWBackPixel | CWBorderPixel | CWEventMask, &attributes);
    XStoreName(display_, window_, "Unknot tooltip");
  } else {
    XMoveResizeWindow(display_, window_, x, y, w, h);
  }
  XMapRaised(display_, window_);
  redraw();
}

void X11Tooltip::redraw() {
  if (window_ == 0 || font_ == nullptr) return;
  XClearWindow(display_, window_);
  const GC gc = XCreateGC(display_, window_, 0, nullptr);
  XSetFont(display_, gc, font_->fid);
  XSetForeground(display_, gc, BlackPixel(display_, DefaultScreen(display_)));
  int baseline = kPadding + font_->ascent;
  for (const auto& line : lines_) {
    const auto chars = to_char2b(line);
    XDrawString16(display_, window_, gc, kPadding, baseline, chars.data(),
                  static_cast<int>(chars.size()));
    baseline += font_->ascent + font_->descent;
  }
  XFreeGC(display_, gc);
  XFlush(display_);
}

void X11Tooltip::hide() {
  if (window_ == 0) return;
  XDestroyWindow(display_, window_);
  XFlush(display_);
  window_ = 0;
}

}  // namespace unknot
