#include "service/options.hpp"

namespace unknot {

ParsedOptions parse_daemon_options(const std::vector<std::string>& args) {
  ParsedOptions parsed;
  auto& o = parsed.options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](const char* name) -> std::optional<std::string> {
      const std::string prefix = std::string(name) + "=";
      if (arg.rfind(prefix, 0) == 0) return arg.substr(prefix.size());
      if (i + 1 < args.size()) return args[++i];
      parsed.error = std::string(name) + " needs a value";
      return std::nullopt;
    };
    if (arg == "--config" || arg.rfind("--config=", 0) == 0) {
      auto v = value("--config");
      if (!v) return parsed;
      o.config_file = *v;
    } else if (arg == "--routines" || arg.rfind("--routines=", 0) == 0) {
      auto v = value("--routines");
      if (!v) return parsed;
      o.routine_dirs.emplace_back(*v);
    } else if (arg == "--no-tray") {
      o.no_tray = true;
    } else if (arg == "--check-config") {
      o.check_config = true;
    } else if (arg == "--verbose" || arg == "-v") {
      o.verbose = true;
    } else if (arg == "--version") {
      o.version = true;
    } else if (arg == "--help" || arg == "-h") {
      o.help = true;
    } else {
      parsed.error = "unknown option '" + arg + "'";
      return parsed;
    }
  }
  return parsed;
}

std::string daemon_usage() {
  return "usage: unknot [--config FILE] [--routines DIR]... [--no-tray] [--check-config]\n"
         "              [--verbose] [--version] [--help]\n"
         "\n"
         "Unknot reminds you to take stretch breaks while you sit at your desk.\n"
         "  --config FILE    use FILE instead of $XDG_CONFIG_HOME/unknot/config.toml\n"
         "  --routines DIR   routine folder (repeatable) instead of the default search path\n"
         "  --no-tray        notifications only, no tray item\n"
         "  --check-config   print every diagnostic of the config and routines; exit 0 if usable\n"
         "  --verbose        log what the daemon decides\n"
         "Control a running daemon with unknotctl.\n";
}

}  // namespace unknot
