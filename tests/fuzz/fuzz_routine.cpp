// libFuzzer target: the routine loader on one routine file's text. It must
// never crash, and every diagnostic must name the file.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "config/routine_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const unknot::LoadedLibrary loaded = unknot::parse_routine_text(text, "fuzz.toml");
  for (const auto& d : loaded.diagnostics) {
    if (d.path != "fuzz.toml" || d.message.empty()) std::abort();
    (void)d.to_string();
  }
  return 0;
}
