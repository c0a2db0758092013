#include "ui/ui_options.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace unknot {

namespace {

// `figure ID ...`: the arguments after "figure"; returns an error or "".
std::string parse_figure(const std::vector<std::string>& args, std::size_t& i,
                         UiOptions::FigureRequest& f) {
  const auto value = [&]() -> const std::string* {
    return i + 1 < args.size() ? &args[++i] : nullptr;
  };
  for (++i; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const std::string* v = nullptr;
    if (arg == "--routines" || arg == "--svg" || arg == "--png" || arg == "--size" ||
        arg == "--at") {
      v = value();
      if (v == nullptr) return arg + " needs a value";
    }
    if (arg == "--routines") {
      f.routine_dirs.emplace_back(*v);
    } else if (arg == "--svg") {
      f.svg = *v;
    } else if (arg == "--png") {
      f.png = *v;
    } else if (arg == "--size") {
      int px = 0;
      const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), px);
      if (ec != std::errc{} || end != v->data() + v->size() || px < 16 || px > 4096)
        return "--size: expected pixels from 16 to 4096, got '" + *v + "'";
      f.size = px;
    } else if (arg == "--at") {
      char* end = nullptr;
      const double s = std::strtod(v->c_str(), &end);
      if (v->empty() || *end != '\0' || !std::isfinite(s) || s < 0)
        return "--at: expected seconds of 0 or more, got '" + *v + "'";
      f.at = s;
    } else if (arg.starts_with("-") || !f.id.empty()) {
      return "unexpected argument '" + arg + "'";
    } else {
      f.id = arg;
    }
  }
  if (f.id.empty()) return "figure: say which exercise (its id)";
  if (f.svg.empty() == f.png.empty()) return "figure: give one of --svg FILE or --png FILE";
  return {};
}

/// "X,Y,W,H": four integers.
bool parse_rect(const std::string& text, std::array<int, 4>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::size_t end = i + 1 < out.size() ? text.find(',', start) : text.size();
    if (end == std::string::npos || end == start) return false;
    const char* first = text.data() + start;
    const char* last = text.data() + end;
    const auto [ptr, ec] = std::from_chars(first, last, out[i]);
    if (ec != std::errc{} || ptr != last) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

UiOptions parse_ui_options(const std::vector<std::string>& args) {
  UiOptions o;
  bool have_mode = false;
  auto set_mode = [&](UiOptions::Mode mode, const std::string& arg) {
    if (have_mode) o.error = "unexpected argument '" + arg + "'";
    o.mode = mode;
    have_mode = true;
  };
  for (std::size_t i = 0; i < args.size() && o.error.empty(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      o.mode = UiOptions::Mode::help;
      return o;
    } else if (arg == "--version") {
      o.mode = UiOptions::Mode::version;
      return o;
    } else if (arg == "--socket") {
      if (i + 1 >= args.size())
        o.error = "--socket needs a path";
      else
        o.socket = args[++i];
    } else if (arg == "--tray") {
      set_mode(UiOptions::Mode::tray, arg);
    } else if (arg == "break") {
      set_mode(UiOptions::Mode::break_window, arg);
      if (i + 1 < args.size() && (args[i + 1] == "micro" || args[i + 1] == "rest"))
        o.kind = break_kind_from_string(args[++i]);
    } else if (arg == "settings") {
      set_mode(UiOptions::Mode::settings, arg);
    } else if (arg == "stats") {
      set_mode(UiOptions::Mode::stats, arg);
    } else if (arg == "status") {
      set_mode(UiOptions::Mode::status, arg);
    } else if (arg == "menu") {
      set_mode(UiOptions::Mode::menu, arg);
    } else if (arg == "--at") {
      if (i + 1 >= args.size() || !parse_rect(args[++i], o.menu_at))
        o.error = "--at needs X,Y,WIDTH,HEIGHT";
    } else if (arg == "about") {
      set_mode(UiOptions::Mode::about, arg);
    } else if (arg == "figure" && !have_mode) {
      set_mode(UiOptions::Mode::figure, arg);
      o.error = parse_figure(args, i, o.figure);
    } else {
      o.error = "unknown argument '" + arg + "'";
    }
  }
  if (o.error.empty() && !have_mode) o.error = "say which window to open";
  return o;
}

const char* ui_usage() {
  return "usage: unknot-ui break [micro|rest] | settings | stats | status | about | --tray\n"
         "                 | menu --at X,Y,W,H [--socket PATH]\n"
         "The windows of Unknot; the daemon (unknot) starts this on demand.\n"
         "  break [micro|rest]  the break window for the break due, or start one\n"
         "  settings            the settings dialog\n"
         "  stats               the statistics window\n"
         "  status              a small status popover\n"
         "  about               the about box\n"
         "  --tray              a tray icon, for desktops without a StatusNotifierItem host\n"
         "  menu --at X,Y,W,H   the tray menu under the daemon's X11 tray icon at that place\n"
         "  --socket PATH       the daemon's control socket (default: the user's)\n"
         "       unknot-ui figure ID [--routines DIR]... (--svg FILE | --png FILE [--size PX])\n"
         "                 [--at SECONDS]\n"
         "  figure ID           write exercise ID's figure at SECONDS (default: its first\n"
         "                      held pose) as SVG or PNG (PX square, default 240)\n";
}

}  // namespace unknot
