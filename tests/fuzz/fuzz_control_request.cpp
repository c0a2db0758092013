// libFuzzer target: one control request line, as any local client could send
// it. parse_request() must never throw or crash, and a request it accepts
// must survive format_request() -> parse_request() unchanged (the tray and
// unknotctl send requests formatted that way).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "protocol/control_protocol.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace unknot::control;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const ParseResult parsed = parse_request(line);
  if (!parsed.request) {
    (void)format_reply(parsed.id, parsed.error);
    return 0;
  }
  const ParseResult again = parse_request(format_request(*parsed.request));
  if (!again.request || !(*again.request == *parsed.request)) std::abort();
  return 0;
}
