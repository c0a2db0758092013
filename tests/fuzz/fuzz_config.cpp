// libFuzzer target: the config loader on one user file's text. It must never
// crash, and every diagnostic must point into the file (a line and column).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "config/config_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const unknot::LoadedConfig loaded =
      unknot::parse_config_text(text, "fuzz.toml", unknot::Settings{});
  for (const auto& d : loaded.diagnostics) {
    if (d.path != "fuzz.toml" || d.message.empty()) std::abort();
    (void)d.to_string();
  }
  return 0;
}
