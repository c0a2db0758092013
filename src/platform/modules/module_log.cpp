// The logger inside a module: forwards every line to the daemon's logger,
// which owns verbosity and the test sinks. Also the module's init entry point.
#include "platform/modules/module_abi.hpp"

namespace unknot {
namespace {
ModuleLogFunction host_log = nullptr;

void forward(LogLevel level, std::string_view message) {
  if (host_log != nullptr) host_log(level, message);
}
}  // namespace

void log_debug(std::string_view message) { forward(LogLevel::debug, message); }
void log_info(std::string_view message) { forward(LogLevel::info, message); }
void log_warn(std::string_view message) { forward(LogLevel::warning, message); }
void log_error(std::string_view message) { forward(LogLevel::error, message); }

}  // namespace unknot

UNKNOT_MODULE_EXPORT const char* unknot_module_init(unknot::ModuleLogFunction log) {
  unknot::host_log = log;
  return UNKNOT_VERSION;
}
