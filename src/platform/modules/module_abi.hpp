#pragma once
// What the daemon and its dlopen'd modules share. Both come from the same
// build (same compiler, same headers), so C++ types may cross the boundary;
// the version string check refuses a module left over from another build.
#include <string_view>

#include "platform/log.hpp"

/// Marks a module's entry point as exported (modules build with hidden visibility).
#define UNKNOT_MODULE_EXPORT extern "C" __attribute__((visibility("default")))

namespace unknot {

/// Where a module sends its log lines: the daemon's logger.
using ModuleLogFunction = void (*)(LogLevel, std::string_view);

/// Every module's first entry point, `unknot_module_init`: checks the build
/// and receives the logger. Returns the module's version string.
using ModuleInitFunction = const char* (*)(ModuleLogFunction);

}  // namespace unknot
