// PNG on Windows: no rsvg-convert there; the SVG is the portable form.
#include "ui/figure_command.hpp"

namespace unknot {

bool write_png_from_svg(const std::string&, const std::filesystem::path&, int, std::string& why) {
  why = "PNG output needs rsvg-convert, which Windows builds do not carry; use --svg FILE";
  return false;
}

}  // namespace unknot
