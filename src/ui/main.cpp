// unknot-ui: see ui/app.hpp.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <wx/app.h>

#include "ui/app.hpp"
#include "ui/figure_command.hpp"
#include "ui/lsan_suppressions.hpp"
#include "ui/ui_options.hpp"

wxIMPLEMENT_APP_NO_MAIN(unknot::UiApp);

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  unknot::UiOptions options = unknot::parse_ui_options(args);
  if (options.mode == unknot::UiOptions::Mode::help) {
    std::fputs(unknot::ui_usage(), stdout);
    return 0;
  }
  if (options.mode == unknot::UiOptions::Mode::version) {
    std::printf("unknot-ui %s\n", UNKNOT_VERSION);
    return 0;
  }
  if (!options.error.empty()) {
    std::fprintf(stderr, "unknot-ui: %s\n%s", options.error.c_str(), unknot::ui_usage());
    return 2;
  }
  // No window, no daemon, no display needed: before wx starts.
  if (options.mode == unknot::UiOptions::Mode::figure)
    return unknot::run_figure_command(options.figure, std::cerr);
  unknot::UiApp::set_options(std::move(options));
  return wxEntry(argc, argv);
}
