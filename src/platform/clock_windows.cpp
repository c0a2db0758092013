#include <windows.h>

#include "platform/clock.hpp"

namespace unknot {

namespace {

/// 100 ns intervals between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
constexpr ULONGLONG kUnixEpochInFileTime = 116444736000000000ULL;

ULONGLONG as_integer(const FILETIME& t) {
  return (ULONGLONG{t.dwHighDateTime} << 32) | t.dwLowDateTime;
}

/// Local time minus UTC at `utc`, with the zone's rules for that instant
/// (DST included), as SystemTimeToTzSpecificLocalTime applies them.
std::chrono::seconds offset_at(const FILETIME& utc) {
  SYSTEMTIME utc_fields{}, local_fields{};
  FILETIME local{};
  if (!FileTimeToSystemTime(&utc, &utc_fields) ||
      !SystemTimeToTzSpecificLocalTime(nullptr, &utc_fields, &local_fields) ||
      !SystemTimeToFileTime(&local_fields, &local))
    return std::chrono::seconds{0};
  const auto diff =
      static_cast<long long>(as_integer(local)) - static_cast<long long>(as_integer(utc));
  // Rounded to whole minutes: every zone's offset is.
  return std::chrono::seconds{(diff / 10'000'000 + (diff >= 0 ? 30 : -30)) / 60 * 60};
}

}  // namespace

Now read_clock() {
  FILETIME utc{};
  GetSystemTimePreciseAsFileTime(&utc);
  Now now;
  // GetTickCount64 counts through sleep and hibernation: a suspend is a jump.
  now.steady = SteadyTime{Duration{static_cast<Duration::rep>(GetTickCount64())}};
  now.wall = WallTime{std::chrono::duration_cast<Duration>(
      std::chrono::nanoseconds{(as_integer(utc) - kUnixEpochInFileTime) * 100})};
  now.utc_offset = offset_at(utc);
  return now;
}

std::tm local_calendar(std::time_t t) {
  std::tm local{};
  localtime_s(&local, &t);
  return local;
}

std::chrono::seconds utc_offset_at(WallTime instant) {
  const auto ticks = std::chrono::floor<std::chrono::nanoseconds>(instant.time_since_epoch()).count() / 100;
  const ULONGLONG value = static_cast<ULONGLONG>(ticks) + kUnixEpochInFileTime;
  FILETIME utc{};
  utc.dwLowDateTime = static_cast<DWORD>(value & 0xFFFFFFFFULL);
  utc.dwHighDateTime = static_cast<DWORD>(value >> 32);
  return offset_at(utc);
}

}  // namespace unknot
