#include "platform/module_loader.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <system_error>
#include <vector>

#include <dlfcn.h>

#include "platform/log.hpp"
#include "platform/modules/module_abi.hpp"

namespace fs = std::filesystem;

namespace unknot {
namespace {

void log_from_module(LogLevel level, std::string_view message) {
  switch (level) {
    case LogLevel::debug:
      return log_debug(message);
    case LogLevel::info:
      return log_info(message);
    case LogLevel::warning:
      return log_warn(message);
    case LogLevel::error:
      return log_error(message);
  }
}

std::vector<fs::path> search_dirs() {
  std::vector<fs::path> dirs;
  if (const char* dir = std::getenv("UNKNOT_MODULE_DIR"); dir != nullptr && *dir != '\0')
    dirs.emplace_back(dir);
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back((exe.parent_path() / UNKNOT_RELATIVE_MODULE_DIR).lexically_normal());
  // Test programs live elsewhere in the build tree; an installed daemon
  // started through a symlink or a moved prefix still has the configured one.
  dirs.emplace_back(UNKNOT_BUILD_MODULE_DIR);
  dirs.emplace_back(UNKNOT_INSTALL_MODULE_DIR);
  return dirs;
}

/// dlopen()s the module once and checks its build; nullptr with `why`.
void* open_module(std::string_view name, std::string& why) {
  const std::string file = std::string{name} + ".so";
  for (const fs::path& dir : search_dirs()) {
    const fs::path path = dir / file;
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      why = std::string{::dlerror()};
      return nullptr;
    }
    auto init = reinterpret_cast<ModuleInitFunction>(::dlsym(handle, "unknot_module_init"));
    const char* version = init != nullptr ? init(&log_from_module) : "none";
    if (std::string_view{version} != UNKNOT_VERSION) {
      why = path.string() + " is from unknot " + version + ", not " + UNKNOT_VERSION;
      return nullptr;  // left loaded: unloading code we may have called is not safe
    }
    log_debug("loaded " + path.string());
    return handle;
  }
  why = file + " not found (looked in " + search_dirs().front().string() +
        " and the install "
        "and build folders; set UNKNOT_MODULE_DIR to point elsewhere)";
  return nullptr;
}

}  // namespace

void* module_entry(std::string_view name, const char* symbol, std::string& why) {
  // The daemon is single-threaded, but tests may load from worker threads.
  static std::mutex mutex;
  static std::map<std::string, void*, std::less<>> loaded;
  const std::lock_guard lock{mutex};
  auto it = loaded.find(name);
  if (it == loaded.end()) {
    void* handle = open_module(name, why);
    if (handle == nullptr) return nullptr;
    it = loaded.emplace(std::string{name}, handle).first;
  }
  void* entry = ::dlsym(it->second, symbol);
  if (entry == nullptr) why = std::string{name} + ".so lacks " + symbol;
  return entry;
}

}  // namespace unknot
