// libFuzzer target: the .ics busy-time reader (calendar-ical.so's entry
// point, compiled in) on a calendar file's bytes. It must never crash or
// hang, whatever the file holds; intervals it returns are well formed.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/calendar_busy.hpp"
#include "core/time.hpp"

extern "C" bool unknot_ical_read_busy(const std::string& path, unknot::WallTime from,
                                      unknot::WallTime to,
                                      std::vector<unknot::BusyInterval>& intervals,
                                      std::string& error);

namespace {
std::string scratch_file() {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir ? dir : "/tmp") + "/unknot-fuzz-" + std::to_string(getpid()) + ".ics";
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = scratch_file();
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  // A window around 2026-06-01, as the daemon asks (a day back, two weeks on).
  const unknot::WallTime from{std::chrono::seconds{1780272000}};
  const unknot::WallTime to = from + std::chrono::hours{24 * 15};
  std::vector<unknot::BusyInterval> intervals;
  std::string error;
  if (!unknot_ical_read_busy(path, from, to, intervals, error)) return 0;
  for (const auto& busy : intervals)
    if (busy.end < busy.start) std::abort();
  return 0;
}
