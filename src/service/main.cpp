// unknot: the daemon. Parses the command line, answers --help/--version/
// --check-config, else runs until stopped.
#include <cstdio>
#include <exception>
#include <iostream>

#include "config/check_config.hpp"
#include "platform/allocator.hpp"
#include "platform/i18n.hpp"
#include "platform/log.hpp"
#include "service/daemon.hpp"
#include "service/daemon_parts.hpp"
#include "service/live_config.hpp"
#include "service/options.hpp"

int main(int argc, char* argv[]) {
  using namespace unknot;
  keep_free_memory_small();
  setup_translations();
  (void)process_languages();  // the exercise language: read once, at start
  const ParsedOptions parsed = parse_daemon_options({argv + 1, argv + argc});
  if (!parsed.error.empty()) {
    std::fprintf(stderr, "unknot: %s\n%s", parsed.error.c_str(), daemon_usage().c_str());
    return 2;
  }
  const DaemonOptions& options = parsed.options;
  if (options.help) {
    std::fputs(daemon_usage().c_str(), stdout);
    return 0;
  }
  if (options.version) {
    std::printf("unknot %s\n", UNKNOT_VERSION);
    return 0;
  }
  set_verbose(options.verbose);
  try {
    const ConfigSources sources = config_sources(options);
    if (options.check_config) return check_config(sources.config, sources.routine_dirs, std::cout);
    Daemon daemon(options, LiveConfig(sources), desktop_parts(options));
    return daemon.run();
  } catch (const std::exception& e) {
    log_error(std::string("cannot start: ") + e.what());
    return 1;
  }
}
